/** Tables for service history, awards and key-group reasons of synthetic veterans. */

/** [arm, weight]; 战略支援部队 only for those who served after it was founded (2015-12-31). */
export const ARMS: [string, number][] = [
  ['陆军', 62],
  ['海军', 12],
  ['空军', 11],
  ['火箭军', 4],
  ['战略支援部队', 3],
  ['武警', 8],
];
export const STRATEGIC_SUPPORT_FORCE_FOUNDED = 2016;

/** Ranks by career; the rank system was suspended 1965-1988, so earlier veterans have a post, not a rank. */
export const CONSCRIPT_RANKS = ['列兵', '上等兵'];
export const NCO_RANKS = ['下士', '中士', '上士', '四级军士长', '三级军士长'];
export const OFFICER_RANKS = ['少尉', '中尉', '上尉', '少校', '中校', '上校'];
export const POSTS_WITHOUT_RANK = ['战士', '副班长', '班长', '排长', '连长', '营长'];
/** The rank system's gap: discharged in these years → a post instead of a rank. */
export const RANKLESS_YEARS = { from: 1965, to: 1988 };

/** Awards, lowest first; [level, weight] of a single award. */
export const AWARD_LEVELS: [string, number][] = [
  ['嘉奖', 700],
  ['优秀士兵', 240],
  ['三等功', 55],
  ['二等功', 5],
  ['一等功', 1],
];
/** Levels that make a veteran decorated (立功受奖): 三等功 or higher. */
export const DECORATED_LEVELS = new Set(['三等功', '二等功', '一等功']);

export const HARDSHIP_REASONS = [
  '本人患重大疾病，家庭收入低于当地低保标准',
  '配偶长期患病，医疗支出大，家庭生活困难',
  '因意外致残，失去劳动能力，无稳定收入',
  '独居高龄，无子女赡养，收入微薄',
  '失业一年以上，家中有未成年子女和老人需要供养',
  '住房遭受灾害损毁，暂无能力修缮',
];

export const CONTRIBUTION_REASONS = [
  '参加边境作战，作出重大贡献',
  '参加抗洪抢险，表现突出，受到通报表彰',
  '参加核试验任务，作出重大贡献',
  '参加维和任务，表现突出',
  '参加抗震救灾，作出重大贡献',
];

/** Phone prefixes of mainland mobile numbers (first three digits). */
export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];
