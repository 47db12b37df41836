import type { DashboardData, FigureRow, MonthRow } from '../../../types/dashboard/overview';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { childrenOf, pathKey } from '../../_domain/jurisdiction';
import { monthsBetween, nextMonth, shanghaiMonth, startOfShanghaiMonth } from '../../../types/common/shanghai-time';
import { FILING_RULE } from './filing';
import { countsInPeriod } from '../../_domain/requests/figures';
import type { RollupDoc } from '../../../types/rollups/model';
import { childRollups, everyDoc, rollupsOf } from '../../_domain/rollups/read';
import { agedOf, figureFields } from '../../_domain/rollups/aged';
import { emptyMonth, MONTHLY_FIELDS, type CareMonthlyDoc, type MonthFigures } from '../../../types/care/monthly';
import { noticeReach } from './notice-reach';
import { activitySums } from './activity-figures';
import { ACTIVITY_FIGURES } from '../../../types/dashboard/overview';
import { emptyActivityMonth, type ActivityMonth } from '../../../types/activities/monthly';

type Sums6 = MonthFigures;

/**
 * The period's monthly care figures one level below the node (streets, communities or grids), read once (one
 * indexed range per page of 1,000: index *_year on level, orgPath.<depth>, year) and summed here per child
 * and per month: one row per child and year (100 rows a year for 100 streets at ten times the district),
 * whatever the visits and payments behind them.
 */
async function monthlySums(
  ctx: ActionContext,
  node: OrgDoc,
  period: { from: string; to: string },
): Promise<{ byChild: Map<string, Sums6>; byMonth: Map<string, Sums6> }> {
  const year = ctx._.gte(period.from.slice(0, 4)).and(ctx._.lte(period.to.slice(0, 4)));
  const below = { district: 'street', street: 'community', community: 'grid' } as const;
  const where =
    node.kind === 'grid'
      ? { 'orgPath.3': node._id, year }
      : { level: below[node.kind as keyof typeof below], [pathKey(node)]: node._id, year };
  // Only the period's months of each row (a 12-month period spans two years: half of each row's months).
  const fields: Record<string, boolean> = { orgPath: true };
  for (const m of monthsBetween(period.from, period.to)) fields[`months.${m}`] = true;
  const rows = await everyDoc<CareMonthlyDoc>(ctx, 'careMonthly', where, fields);
  const byChild = new Map<string, Sums6>();
  const byMonth = new Map<string, Sums6>();
  const add = (into: Map<string, Sums6>, key: string, m: MonthFigures) => {
    const at = into.get(key) ?? into.set(key, emptyMonth()).get(key)!;
    for (const f of MONTHLY_FIELDS) at[f] += m[f] ?? 0;
  };
  for (const r of rows) {
    for (const [month, m] of Object.entries(r.months ?? {})) {
      if (month < period.from || month > period.to) continue;
      add(byChild, r.orgPath[node.path.length] ?? node._id, m);
      add(byMonth, month, m);
    }
  }
  return { byChild, byMonth };
}

/** The rollups the figures sum: the children's (one document per child node), or the grid's own. */
async function ledgerRows(ctx: ActionContext, node: OrgDoc): Promise<RollupDoc[]> {
  if (node.kind === 'grid') return [...(await rollupsOf(ctx, [node._id])).values()];
  return childRollups(ctx, node, figureFields(ctx.now));
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
  ...emptyActivityMonth(),
});
const activityPart = (a: ActivityMonth) => Object.fromEntries(ACTIVITY_FIGURES.map((f) => [f, a[f]]));

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
  const [children, veterans, monthly, requests, notices, activity] = await Promise.all([
    childrenOf(ctx, node),
    ledgerRows(ctx, node),
    monthlySums(ctx, node, period),
    // Requests (诉求) received, and closed, within the period: indexed counts.
    countsInPeriod(ctx, field, node._id, startOfShanghaiMonth(period.from), startOfShanghaiMonth(nextMonth(period.to))),
    noticeReach(ctx, node, period),
    activitySums(ctx, node, period),
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
      {
        month: m,
        visits: 0,
        visitValueFen: 0,
        subsidies: 0,
        subsidyFen: 0,
        activities: 0,
        peopleReached: 0,
        serviceMinutes: 0,
        meetings: 0,
        meetingExpected: 0,
        meetingPresent: 0,
      },
    ]),
  );
  let relief = { cases: 0, paidFen: 0 };
  for (const [id, r] of monthly.byChild) {
    const s = at(id);
    s.visits += r.visits;
    s.visitValueFen += r.visitValueFen;
    s.subsidies += r.subsidies;
    s.subsidyFen += r.subsidyFen;
    relief = { cases: relief.cases + r.reliefCases, paidFen: relief.paidFen + r.reliefFen };
  }
  for (const [month, r] of monthly.byMonth) {
    const m = months.get(month);
    if (m) {
      m.visits += r.visits;
      m.visitValueFen += r.visitValueFen;
      m.subsidies += r.subsidies;
      m.subsidyFen += r.subsidyFen;
    }
  }
  // Activities, group life, volunteers and veteran grid members from the activity rows (activity-figures.ts).
  for (const [id, a] of activity.byChild) Object.assign(at(id), activityPart(a));
  for (const [month, a] of activity.byMonth) {
    const m = months.get(month);
    if (m)
      Object.assign(m, {
        activities: a.activities,
        peopleReached: a.peopleReached,
        serviceMinutes: a.serviceMinutes,
        meetings: a.meetings,
        meetingExpected: a.meetingExpected,
        meetingPresent: a.meetingPresent,
      });
  }
  const row = (id: string, name: string, kind: OrgDoc['kind'], s: Sums): FigureRow => {
    const { veterans: n, filed } = s;
    return { id, name, kind, ...s, filingRate: n ? filed / n : 0 };
  };
  const total = zero();
  for (const s of sums.values()) for (const k of Object.keys(total) as (keyof Sums)[]) total[k] += s[k];
  // The node's own row: what it organised itself counts in its total though in none of its children.
  Object.assign(total, activityPart(activity.total));
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
