import type { DashboardData, FigureRow, MonthRow } from '../../../types/dashboard/overview';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { pathKey } from '../../_domain/jurisdiction';
import { monthsBetween, nextMonth, shanghaiMonth, startOfShanghaiMonth } from '../../../types/common/shanghai-time';
import { FILING_RULE } from './filing';
import { countsInPeriod } from '../../_domain/requests/figures';
import type { RollupDoc } from '../../../types/rollups/model';
import { childRollups, rollupsOf } from '../../_domain/rollups/read';
import { agedOf } from '../../_domain/rollups/aged';
import type { CareMonthlyDoc } from '../../../types/care/monthly';
import { noticeReach } from './notice-reach';
import { aggregate } from '../../_kernel/aggregate';

type Sums4 = Pick<
  CareMonthlyDoc,
  'visits' | 'visitValueFen' | 'subsidies' | 'subsidyFen' | 'reliefCases' | 'reliefFen'
>;
const SUMS = {
  visits: { $sum: '$visits' },
  visitValueFen: { $sum: '$visitValueFen' },
  subsidies: { $sum: '$subsidies' },
  subsidyFen: { $sum: '$subsidyFen' },
  reliefCases: { $sum: '$reliefCases' },
  reliefFen: { $sum: '$reliefFen' },
};

/**
 * The period's monthly care rows one level below the node (streets, communities or grids), summed by the
 * database per child and per month: as many results as children plus months, not children times months
 * (100 streets x 12 months at ten times the district).
 */
async function monthlySums(
  ctx: ActionContext,
  node: OrgDoc,
  period: { from: string; to: string },
): Promise<{ byChild: (Sums4 & { _id: string | null })[]; byMonth: (Sums4 & { _id: string })[] }> {
  const month = ctx._.gte(period.from).and(ctx._.lte(period.to));
  const below = { district: 'street', street: 'community', community: 'grid' } as const;
  const where =
    node.kind === 'grid'
      ? { 'orgPath.3': node._id, month }
      : { level: below[node.kind as keyof typeof below], [pathKey(node)]: node._id, month };
  const [byChild, byMonth] = await Promise.all([
    aggregate<Sums4 & { _id: string | null }>(ctx.db, 'careMonthly', [
      { $match: where },
      { $group: { _id: { $arrayElemAt: ['$orgPath', node.path.length] }, ...SUMS } },
    ]),
    aggregate<Sums4 & { _id: string }>(ctx.db, 'careMonthly', [
      { $match: where },
      { $group: { _id: '$month', ...SUMS } },
    ]),
  ]);
  return { byChild, byMonth };
}

/** The rollups the figures sum: the children's (one document per child node), or the grid's own. */
async function ledgerRows(ctx: ActionContext, node: OrgDoc): Promise<RollupDoc[]> {
  if (node.kind === 'grid') return [...(await rollupsOf(ctx, [node._id])).values()];
  return childRollups(ctx, node);
}

type Sums = Omit<FigureRow, 'id' | 'name' | 'kind' | 'filingRate'>;
const zero = (): Sums => ({
  veterans: 0,
  filed: 0,
  aged80: 0,
  hardship: 0,
  contribution: 0,
  decorated: 0,
  keyGroups: 0,
  keyGroupPeople: 0,
  visits: 0,
  visitValueFen: 0,
  subsidies: 0,
  subsidyFen: 0,
});

/** The default period: the last 12 months up to the current one. */
export function periodOf(now: Date, from: string | null, to: string | null): { from: string; to: string } {
  const end = to ?? shanghaiMonth(now);
  if (from) return { from, to: end };
  const [y, m] = end.split('-').map(Number);
  const start = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  return { from: start, to: end };
}

/** Every figure of the dashboard over `node`, per child node and per month of the period. */
export async function figuresOf(
  ctx: ActionContext,
  node: OrgDoc,
  period: { from: string; to: string },
): Promise<DashboardData> {
  const field = pathKey(node);
  const [children, veterans, monthly, requests, notices] = await Promise.all([
    node.kind === 'grid'
      ? Promise.resolve([] as OrgDoc[])
      : ctx.read.many<OrgDoc>(
          'orgs',
          { parentId: node._id, kind: ctx._.neq('unit') },
          { limit: 1000, orderBy: [['order', 'asc']] },
        ),
    ledgerRows(ctx, node),
    monthlySums(ctx, node, period),
    // Requests (诉求) received, and closed, within the period: indexed counts.
    countsInPeriod(ctx, field, node._id, startOfShanghaiMonth(period.from), startOfShanghaiMonth(nextMonth(period.to))),
    noticeReach(ctx, node, period),
  ]);
  const sums = new Map<string, Sums>();
  const at = (id: string) => sums.get(id) ?? sums.set(id, zero()).get(id)!;
  // Files' figures from the rollups (types/rollups/model.ts); aged 80+ to the day (rollups/aged.ts).
  for (const g of veterans) {
    const s = at(g._id);
    s.veterans += g.known;
    s.filed += g.complete;
    s.hardship += g.hardship;
    s.contribution += g.contribution;
    s.decorated += g.decorated;
    s.keyGroups += g.hardship + g.contribution + g.decorated;
    s.keyGroupPeople += g.marked;
  }
  for (const [id, { aged, markedAged }] of await agedOf(ctx, node, veterans)) {
    const s = at(id);
    s.aged80 += aged;
    s.keyGroups += aged;
    s.keyGroupPeople += aged - markedAged;
  }
  const months = new Map<string, MonthRow>(
    monthsBetween(period.from, period.to).map((m) => [
      m,
      { month: m, visits: 0, visitValueFen: 0, subsidies: 0, subsidyFen: 0 },
    ]),
  );
  let relief = { cases: 0, paidFen: 0 };
  for (const r of monthly.byChild) {
    const s = at(r._id ?? node._id);
    s.visits += r.visits;
    s.visitValueFen += r.visitValueFen;
    s.subsidies += r.subsidies;
    s.subsidyFen += r.subsidyFen;
    relief = { cases: relief.cases + r.reliefCases, paidFen: relief.paidFen + r.reliefFen };
  }
  for (const r of monthly.byMonth) {
    const m = months.get(r._id);
    if (m) {
      m.visits += r.visits;
      m.visitValueFen += r.visitValueFen;
      m.subsidies += r.subsidies;
      m.subsidyFen += r.subsidyFen;
    }
  }
  const row = (id: string, name: string, kind: OrgDoc['kind'], s: Sums): FigureRow => {
    const { veterans: n, filed } = s;
    return { id, name, kind, ...s, filingRate: n ? filed / n : 0 };
  };
  const total = zero();
  for (const s of sums.values()) for (const k of Object.keys(total) as (keyof Sums)[]) total[k] += s[k];
  return {
    node: { id: node._id, name: node.name, kind: node.kind, parentId: node.parentId },
    period,
    total: row(node._id, node.name, node.kind, total),
    children: children.map((c) => row(c._id, c.name, c.kind, sums.get(c._id) ?? zero())),
    months: [...months.values()],
    relief,
    requests: { received: requests.received, solved: requests.solved, satisfaction: requests.satisfactionRate },
    notices,
    filingRule: FILING_RULE,
  };
}
