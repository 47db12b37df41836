import type { WhoAmI } from '@types-contract/account/whoami';
import type { PageName as RouteName } from '@types-contract/common/pages';
import type { ServiceTile } from '../../components/service-grid';
import { mayAnywhere, mayBelow } from '../../lib/auth/policy';
import type { HomeTodos } from './use-home-todos';
import { entriesFor } from '../supervision/entries';

export interface HomeSection {
  key: string;
  title: string;
  tiles: ServiceTile[];
}

type Go = (route: RouteName) => () => void;

interface TileSpec extends Omit<ServiceTile, 'onTap' | 'badge'> {
  route: RouteName;
  /** The to-do count shown on the tile. */
  todo?: keyof HomeTodos;
}

/** Every service a home can show, once; sections below pick from it by name. */
const TILES = {
  myFile: { key: 'myFile', label: '我的档案', glyph: '档', tone: 'blue', testId: 'home-my-file', route: 'myFile' },
  submit: {
    key: 'submit',
    label: '提交诉求',
    glyph: '诉',
    tone: 'red',
    testId: 'home-submit-request',
    route: 'requestsSubmit',
  },
  mine: {
    key: 'mine',
    label: '我的诉求',
    glyph: '进',
    tone: 'orange',
    testId: 'home-my-requests',
    route: 'requestsMine',
  },
  assist: { key: 'assist', label: '困难补助', glyph: '助', tone: 'green', testId: 'home-assist', route: 'assistMine' },
  registrations: {
    key: 'registrations',
    label: '待确认登记',
    glyph: '登',
    tone: 'red',
    testId: 'home-registrations',
    route: 'staffRegistrations',
    todo: 'registrations',
  },
  corrections: {
    key: 'corrections',
    label: '网格台账',
    glyph: '账',
    tone: 'blue',
    testId: 'home-grid-ledger',
    route: 'gridLedger',
    todo: 'corrections',
  },
  inbox: {
    key: 'inbox',
    label: '待办诉求',
    glyph: '办',
    tone: 'orange',
    testId: 'home-inbox',
    route: 'requestsInbox',
    todo: 'requests',
  },
  care: { key: 'care', label: '走访慰问', glyph: '访', tone: 'green', testId: 'home-care', route: 'care' },
  publish: {
    key: 'publish',
    label: '发布通知',
    glyph: '发',
    tone: 'purple',
    testId: 'home-publish',
    route: 'noticePublish',
  },
  campaigns: {
    key: 'campaigns',
    label: '大走访',
    glyph: '走',
    tone: 'teal',
    testId: 'home-campaigns',
    route: 'careCampaigns',
  },
  dashboard: {
    key: 'dashboard',
    label: '数据看板',
    glyph: '数',
    tone: 'blue',
    testId: 'home-dashboard',
    route: 'dashboard',
  },
  figures: {
    key: 'figures',
    label: '诉求统计',
    glyph: '统',
    tone: 'teal',
    testId: 'home-request-figures',
    route: 'requestsFigures',
  },
  assistQueue: {
    key: 'assistQueue',
    label: '补助审批',
    glyph: '批',
    tone: 'red',
    testId: 'home-assist-queue',
    route: 'assistQueue',
    todo: 'assist',
  },
  ledger: {
    key: 'ledger',
    label: '台账',
    glyph: '账',
    tone: 'blue',
    testId: 'home-staff-ledger',
    route: 'staffLedger',
  },
  coverage: {
    key: 'coverage',
    label: '走访覆盖',
    glyph: '覆',
    tone: 'green',
    testId: 'home-care-coverage',
    route: 'careCoverage',
  },
  team: { key: 'team', label: '人员管理', glyph: '人', tone: 'purple', testId: 'home-team', route: 'staffTeam' },
  careSettings: {
    key: 'careSettings',
    label: '六必访设置',
    glyph: '设',
    tone: 'orange',
    testId: 'home-care-settings',
    route: 'careSettings',
  },
  assistSettings: {
    key: 'assistSettings',
    label: '补助标准',
    glyph: '标',
    tone: 'green',
    testId: 'home-assist-settings',
    route: 'assistSettings',
  },
  hub: { key: 'hub', label: '监督事项', glyph: '督', tone: 'red', testId: 'open-supervision', route: 'supervisionHub' },
  problems: {
    key: 'problems',
    label: '问题清单',
    glyph: '单',
    tone: 'orange',
    testId: 'open-problems',
    route: 'problemList',
  },
  publicProblems: {
    key: 'problems',
    label: '征兵问题清单',
    glyph: '单',
    tone: 'orange',
    testId: 'open-problems',
    route: 'problemList',
  },
  activities: {
    key: 'activities',
    label: '志愿活动',
    glyph: '志',
    tone: 'red',
    testId: 'home-activities',
    route: 'activities',
  },
  activityCreate: {
    key: 'activityCreate',
    label: '发起活动',
    glyph: '起',
    tone: 'green',
    testId: 'home-activity-create',
    route: 'activityCreate',
  },
  myVolunteering: {
    key: 'myVolunteering',
    label: '我的志愿服务',
    glyph: '时',
    tone: 'purple',
    testId: 'home-my-volunteering',
    route: 'myVolunteering',
  },
  partyLife: {
    key: 'partyLife',
    label: '我的组织生活',
    glyph: '党',
    tone: 'red',
    testId: 'home-party-life',
    route: 'partyLife',
  },
  partyBranches: {
    key: 'partyBranches',
    label: '三会一课',
    glyph: '支',
    tone: 'red',
    testId: 'home-party-branches',
    route: 'partyBranches',
  },
} satisfies Record<string, TileSpec>;
type TileName = keyof typeof TILES;

/**
 * 首页 per role: one section for each hat the person wears (a veteran who is also a grid member sees
 * both), each a grid of services; a service shown in an earlier section is not repeated.
 */
export function homeSections(who: WhoAmI, todos: HomeTodos, go: Go): HomeSection[] {
  const tile = (name: TileName): ServiceTile => {
    const { route, todo, ...t }: TileSpec = TILES[name];
    return { ...t, badge: todo ? todos[todo] : undefined, onTap: go(route) };
  };
  const sections: HomeSection[] = [];
  if (who.veteran) {
    sections.push({
      key: 'veteran',
      title: '我的服务',
      tiles: [tile('myFile'), tile('submit'), tile('mine'), tile('assist'), tile('activities'), tile('myVolunteering')],
    });
  }
  if (mayAnywhere(who, 'grid:work')) {
    sections.push({
      key: 'grid',
      title: '网格工作',
      tiles: [
        tile('registrations'),
        tile('corrections'),
        tile('inbox'),
        tile('care'),
        tile('publish'),
        tile('campaigns'),
        tile('dashboard'),
        tile('figures'),
        tile('activities'),
        tile('activityCreate'),
      ],
    });
  }
  if (mayAnywhere(who, 'area:oversee')) {
    const district = mayAnywhere(who, 'care:settings');
    const managesStaff = mayBelow(who, 'staff:manage');
    sections.push({
      key: 'area',
      title: '辖区管理',
      tiles: [
        tile('inbox'),
        tile('assistQueue'),
        tile('ledger'),
        tile('publish'),
        tile('coverage'),
        tile('campaigns'),
        tile('dashboard'),
        tile('figures'),
        tile('activities'),
        tile('activityCreate'),
        ...(managesStaff ? [tile('team')] : []),
        ...(district ? [tile('careSettings'), tile('assistSettings')] : []),
      ],
    });
  }
  // 党组织: a member's own organisational life; a branch's 三会一课 for its secretary and party-affairs staff.
  const party = [
    ...(mayAnywhere(who, 'party:attend') ? [tile('partyLife')] : []),
    ...(mayAnywhere(who, 'party:keep') ? [tile('partyBranches')] : []),
  ];
  if (party.length) sections.push({ key: 'party', title: '党组织生活', tiles: party });
  // 监督事项 has work for them beyond the public problem list.
  if (entriesFor(who.roles).length > 1) {
    sections.push({
      key: 'supervision',
      title: '监督工作',
      tiles: [tile('hub'), tile('problems')],
    });
  }
  // The recruitment problem list is public (向全区公布): everyone reaches it, supervisors from their section.
  sections.push({
    key: 'public',
    title: '公开信息',
    tiles: [tile('publicProblems')],
  });
  const seen = new Set<string>();
  return sections
    .map((s) => ({
      ...s,
      tiles: s.tiles.filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true))),
    }))
    .filter((s) => s.tiles.length > 0);
}
