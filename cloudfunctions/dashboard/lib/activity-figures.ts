import {
  ACTIVITY_MONTH_FIELDS,
  emptyActivityMonth,
  STOCK_FIELDS,
  type ActivityMonth,
  type ActivityMonthlyDoc,
} from '../../../types/activities/monthly';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { everyDoc } from '../../_domain/rollups/read';

const isStock = (f: string) => (STOCK_FIELDS as readonly string[]).includes(f);

/**
 * The activity figures (types/activities/monthly.ts) of the node and of each child, and per month of the
 * period, from the rows kept on every write: the children's rows (index parent_year) and the node's own (index
 * org_year), every year up to the period's end (the stocks sum every month up to it), one document per node
 * and year whatever the activities, meetings or people behind them. Flows sum the period's months; stocks
 * every month up to its end. A month's row in `byMonth` holds the flows of that month.
 */
export async function activitySums(
  ctx: ActionContext,
  node: OrgDoc,
  period: { from: string; to: string },
): Promise<{ total: ActivityMonth; byChild: Map<string, ActivityMonth>; byMonth: Map<string, ActivityMonth> }> {
  const year = ctx._.lte(period.to.slice(0, 4));
  const [children, own] = await Promise.all([
    node.kind === 'grid'
      ? Promise.resolve([])
      : everyDoc<ActivityMonthlyDoc>(ctx, 'activityMonthly', { parentId: node._id, year }),
    everyDoc<ActivityMonthlyDoc>(ctx, 'activityMonthly', { orgId: node._id, year }),
  ]);
  const fold = (into: ActivityMonth, month: string, m: Partial<ActivityMonth>) => {
    for (const f of ACTIVITY_MONTH_FIELDS) {
      const counts = isStock(f) ? month <= period.to : month >= period.from && month <= period.to;
      if (counts) into[f] += m[f] ?? 0;
    }
  };
  const byChild = new Map<string, ActivityMonth>();
  for (const r of children) {
    const at = byChild.get(r.orgId) ?? byChild.set(r.orgId, emptyActivityMonth()).get(r.orgId)!;
    for (const [month, m] of Object.entries(r.months ?? {})) fold(at, month, m);
  }
  const total = emptyActivityMonth();
  const byMonth = new Map<string, ActivityMonth>();
  for (const r of own)
    for (const [month, m] of Object.entries(r.months ?? {})) {
      fold(total, month, m);
      if (month < period.from || month > period.to) continue;
      const at = byMonth.get(month) ?? byMonth.set(month, emptyActivityMonth()).get(month)!;
      for (const f of ACTIVITY_MONTH_FIELDS) at[f] += m[f] ?? 0;
    }
  return { total, byChild, byMonth };
}
