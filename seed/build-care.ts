import type { StaffDoc } from '../types/account/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { VisitDoc, VisitKind } from '../types/care/model';
import { DAY_MS, shanghaiMonth, startOfShanghaiDay } from '../types/common/shanghai-time';
import type { Random } from './random';
import type { AssistanceDoc } from '../types/assist/model';
import { foldMonthly, type CareMonthlyDoc } from '../types/care/monthly';

/** The grid care on record starts with the ledger (2019). */
export const CARE_START = Date.UTC(2019, 0, 1);

/** Per living file: about 28,000 visits for the full district's ~21,700 files, ~2.5 million yuan of gifts. */
export const VISITS_PER_FILE = 1.3;

const KINDS: readonly (readonly [VisitKind, number])[] = [
  ['routine', 70],
  ['festival', 20],
  ['campaign', 6],
  ['mandatory', 4],
];
const OCCASIONS = ['illness', 'misfortune', 'hardship', 'dispute', 'holiday', 'bereavement'];
const FINDINGS = [
  '身体状况良好，生活稳定',
  '近期血压偏高，已提醒按时服药',
  '子女在外务工，本人独居，需多关注',
  '家中房屋漏水，已联系社区协助维修',
  '对政策有疑问，已现场解答',
  '住院治疗中，家属陪护',
  '生活困难，建议申请临时困难补助',
];
const GOODS = ['大米一袋、食用油一桶', '月饼、水果', '慰问品一份', '牛奶、水果', '春联、年货礼包'];

function value(rng: Random, kind: VisitKind): { goods: string; goodsValueFen: number; moneyFen: number } {
  if (kind === 'routine') return { goods: '', goodsValueFen: 0, moneyFen: 0 };
  if (kind === 'festival')
    return {
      goods: rng.pick(GOODS),
      goodsValueFen: rng.int(150, 250) * 100,
      moneyFen: rng.chance(0.6) ? rng.int(1, 3) * 10_000 : 0,
    };
  if (kind === 'campaign') return { goods: rng.pick(GOODS), goodsValueFen: rng.int(80, 200) * 100, moneyFen: 0 };
  return { goods: rng.pick(GOODS), goodsValueFen: rng.int(100, 300) * 100, moneyFen: rng.int(2, 8) * 5_000 };
}

/** A date since 2019, heavier around the Spring Festival, Army Day (Aug 1) and Mid-Autumn. */
function visitDate(rng: Random, kind: VisitKind, now: number): Date {
  const span = now - CARE_START - DAY_MS;
  let t = CARE_START + rng.next() * span;
  if (kind === 'festival') {
    const d = new Date(t);
    const month = rng.pick([0, 1, 6, 8]);
    t = Date.UTC(d.getUTCFullYear(), month, rng.int(1, 28), 2);
    if (t >= now) t -= 365 * DAY_MS;
  }
  // The drawn calendar day (its UTC date), at midnight in Shanghai.
  return startOfShanghaiDay(new Date(t).toISOString().slice(0, 10));
}

/** Sample visits (走访慰问) by each grid's own members, deterministic for the seed. */
export function buildVisits(
  rng: Random,
  veterans: VeteranDoc[],
  staff: StaffDoc[],
  now: Date,
  count?: number,
): VisitDoc[] {
  const living = veterans.filter((v) => v.lifeStatus === 'in_district');
  const members = new Map<string, string[]>();
  for (const s of staff)
    if (s.role === 'grid_member' || s.role === 'grid_leader')
      members.set(s.orgId, [...(members.get(s.orgId) ?? []), s.name]);
  const n = count ?? Math.round(veterans.length * VISITS_PER_FILE);
  const out: VisitDoc[] = [];
  for (let i = 0; i < n; i++) {
    const v = rng.pick(living);
    const kind = rng.weighted(KINDS);
    const date = visitDate(rng, kind, now.getTime());
    const gifts = value(rng, kind);
    out.push({
      _id: `visit-${String(i + 1).padStart(6, '0')}`,
      veteranId: v._id,
      veteranName: v.name,
      orgPath: v.orgPath,
      gridId: v.gridId,
      date,
      month: shanghaiMonth(date),
      kind,
      occasion: kind === 'mandatory' ? rng.pick(OCCASIONS) : null,
      campaignId: null,
      taskId: null,
      household: rng.chance(0.1),
      visitors: [rng.pick(members.get(v.gridId) ?? ['网格员'])],
      findings: rng.pick(FINDINGS),
      ...gifts,
      valueFen: gifts.goodsValueFen + gifts.moneyFen,
      photos: [],
      followUp: rng.chance(0.05),
      followUpNote: '',
      createdBy: 'seed',
      createdAt: new Date(date.getTime() + 10 * 3600_000),
    });
  }
  return out;
}

/** The monthly table (careMonthly) the functions keep on every write, folded from seeded visits and assistance. */
export function buildCareMonthly(visits: VisitDoc[], assistance: AssistanceDoc[]): CareMonthlyDoc[] {
  return foldMonthly([
    ...visits.map((v) => ({ orgPath: v.orgPath, month: v.month, delta: { visits: 1, visitValueFen: v.valueFen } })),
    ...assistance
      .filter((a) => a.status === 'disbursed' && a.disbursedMonth)
      .map((a) => ({
        orgPath: a.orgPath,
        month: a.disbursedMonth!,
        delta:
          a.kind === 'relief'
            ? { reliefCases: 1, reliefFen: a.disbursedFen ?? 0 }
            : { subsidies: 1, subsidyFen: a.disbursedFen ?? 0 },
      })),
  ]);
}
