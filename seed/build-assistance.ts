import type { VeteranDoc } from '../types/veteran/model';
import type { AssistanceDoc, AssistKind, FundMovementDoc, ReliefFundDoc } from '../types/assist/model';
import { shanghaiMonth } from '../types/common/shanghai-time';
import { CARE_START } from './build-care';
import type { Random } from './random';

const DAY = 86_400_000;
/** 1,000+ subsidies for the full district's ~21,700 files (about 3.94 million yuan); 8 relief cases. */
export const SUBSIDIES_PER_FILE = 1_050 / 21_671;
export const RELIEF_FUND_ID = 'fund-d-xz';
const SITUATIONS = [
  '本人突发重病住院，医疗费用支出较大，家庭生活困难',
  '家中遭遇火灾，房屋受损严重，急需生活救助',
  '配偶长期患病，子女在读，家庭收入微薄',
  '因意外事故受伤，暂时失去劳动能力',
  '家庭主要劳动力失业，生活陷入困难',
];
/** Amounts in yuan, weighted: most within the street's limit (3,000), some for the district. */
const AMOUNTS: readonly (readonly [number, number])[] = [
  [1000, 10],
  [2000, 24],
  [3000, 30],
  [5000, 20],
  [8000, 16],
];

function application(
  rng: Random,
  v: VeteranDoc,
  kind: AssistKind,
  i: number,
  fen: number,
  at: number,
  fundId: string | null,
): AssistanceDoc {
  const created = new Date(at);
  const paid = new Date(at + rng.int(7, 30) * DAY);
  const step = (s: AssistanceDoc['steps'][number]['step'], d: number, byRole: string, amountFen: number | null) => ({
    step: s,
    byName: '工作人员',
    byRole,
    at: new Date(at + d * DAY),
    note: '',
    amountFen,
  });
  return {
    _id: `${kind}-${String(i + 1).padStart(5, '0')}`,
    kind,
    veteranId: v._id,
    veteranName: v.name,
    orgPath: v.orgPath,
    gridId: v.gridId,
    situation: rng.pick(SITUATIONS),
    askedFen: fen,
    evidence: [],
    appliedByOpenid: v.openid ?? 'seed',
    appliedByStaffId: null,
    status: 'disbursed',
    approverLevel: kind === 'relief' || fen > 300_000 ? 'district' : 'street',
    approvedFen: fen,
    fundId,
    disbursedFen: fen,
    disbursedAt: paid,
    disburseMethod: '银行转账',
    disbursedMonth: shanghaiMonth(paid),
    steps: [
      { ...step('submitted', 0, '退役军人', fen), byName: v.name },
      step('reviewed', 2, '服务站工作人员', null),
      step(
        'approved',
        5,
        kind === 'relief' || fen > 300_000 ? '区退役军人事务局工作人员' : '街道服务中心工作人员',
        fen,
      ),
      { ...step('disbursed', 0, '街道服务中心工作人员', fen), at: paid },
    ],
    createdAt: created,
    updatedAt: paid,
  };
}

/** The fund's movements: the 1,000,000 yuan it started with, then each relief case paid from it. */
function movementsOf(fund: ReliefFundDoc, cases: AssistanceDoc[]): FundMovementDoc[] {
  const start = fund.balanceFen + fund.paidFen;
  const topUp: FundMovementDoc = {
    _id: `${fund._id}-m-0000`,
    fundId: fund._id,
    orgId: fund.orgId,
    kind: 'topup',
    amountFen: start,
    balanceAfterFen: start,
    note: '年度救助专项资金拨付',
    applicationId: null,
    byStaffId: null,
    byName: '区退役军人事务局',
    at: new Date(CARE_START),
  };
  let balance = start;
  const paid = [...cases]
    .sort((a, b) => +(a.disbursedAt as Date) - +(b.disbursedAt as Date))
    .map((c, i): FundMovementDoc => {
      balance -= c.disbursedFen ?? 0;
      return {
        _id: `${fund._id}-m-${String(i + 1).padStart(4, '0')}`,
        fundId: fund._id,
        orgId: fund.orgId,
        kind: 'payment',
        amountFen: c.disbursedFen ?? 0,
        balanceAfterFen: balance,
        note: `${c.veteranName} · 银行转账`,
        applicationId: c._id,
        byStaffId: null,
        byName: '区退役军人事务局',
        at: c.disbursedAt as Date,
      };
    });
  return [topUp, ...paid];
}

/** Disbursed hardship subsidies and relief cases, the relief fund (balance after the cases) and its movements. */
export function buildAssistance(
  rng: Random,
  veterans: VeteranDoc[],
  districtId: string,
  now: Date,
  subsidyCount?: number,
): { assistance: AssistanceDoc[]; reliefFunds: ReliefFundDoc[]; fundMovements: FundMovementDoc[] } {
  const living = veterans.filter((v) => v.lifeStatus === 'in_district');
  const n = subsidyCount ?? Math.round(veterans.length * SUBSIDIES_PER_FILE);
  const span = now.getTime() - CARE_START - 40 * DAY;
  const assistance: AssistanceDoc[] = [];
  for (let i = 0; i < n; i++) {
    const yuan = rng.weighted(AMOUNTS);
    assistance.push(application(rng, rng.pick(living), 'subsidy', i, yuan * 100, CARE_START + rng.next() * span, null));
  }
  const reliefCases = veterans.length > 5_000 ? 8 : 2;
  let paid = 0;
  for (let i = 0; i < reliefCases; i++) {
    const fen = rng.int(2, 10) * 1_000_000;
    paid += fen;
    assistance.push(
      application(rng, rng.pick(living), 'relief', i, fen, CARE_START + rng.next() * span, RELIEF_FUND_ID),
    );
  }
  const fund: ReliefFundDoc = {
    _id: RELIEF_FUND_ID,
    name: '香洲区退役军人救助专项资金',
    orgId: districtId,
    balanceFen: 100_000_000 - paid,
    paidFen: paid,
    updatedAt: now,
  };
  return {
    assistance,
    reliefFunds: [fund],
    fundMovements: movementsOf(
      fund,
      assistance.filter((a) => a.kind === 'relief'),
    ),
  };
}
