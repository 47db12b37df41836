import type { DashboardData, FigureRow, MonthRow } from '../../../types/dashboard/overview';
import type { OrgDoc } from '../../../types/org/model';
import type { ActionContext } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { pathField } from '../../_kernel/jurisdiction';
import { aged80Cutoff, monthsBetween, nextMonth, shanghaiMonth, startOfShanghaiMonth } from '../../_kernel/shanghai';
import { FILED_EXPR, FILING_RULE, KEY_MARK } from './filing';

type Sums = Omit<FigureRow, 'id' | 'name' | 'kind' | 'filingRate'>;
const zero = (): Sums => ({ veterans: 0, filed: 0, aged80: 0, hardship: 0, contribution: 0, decorated: 0, keyGroups: 0, visits: 0, visitValueFen: 0, subsidies: 0, subsidyFen: 0 });
const one = (cond: object) => ({ $sum: { $cond: [cond, 1, 0] } });

/** The default period: the last 12 months up to the current one. */
export function periodOf(now: Date, from: string | null, to: string | null): { from: string; to: string } {
  const end = to ?? shanghaiMonth(now);
  if (from) return { from, to: end };
  const [y, m] = end.split('-').map(Number);
  const start = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  return { from: start, to: end };
}

/** Every figure of the dashboard over `node`, per child node and per month of the period. */
export async function figuresOf(ctx: ActionContext, node: OrgDoc, period: { from: string; to: string }): Promise<DashboardData> {
  const field = pathField(node);
  const depth = node.path.length;
  const child = { $ifNull: [{ $arrayElemAt: ['$orgPath', depth] }, node._id] };
  const start = startOfShanghaiMonth(period.from);
  const end = startOfShanghaiMonth(nextMonth(period.to));
  const cutoff = aged80Cutoff(ctx.now);
  const aged = { $lte: ['$birthDate', cutoff] };
  const [children, veterans, visits, assists] = await Promise.all([
    node.kind === 'grid' ? Promise.resolve([] as OrgDoc[]) : ctx.read.many<OrgDoc>('orgs', { parentId: node._id, kind: ctx._.neq('unit') }, { limit: 1000, orderBy: [['order', 'asc']] }),
    aggregate<Sums & { _id: string }>(ctx.db, 'veterans', [
      { $match: { [field]: node._id, lifeStatus: 'in_district' } },
      { $group: {
        _id: child, veterans: { $sum: 1 }, filed: one(FILED_EXPR), aged80: one(aged),
        hardship: one(KEY_MARK('hardship')), contribution: one(KEY_MARK('contribution')), decorated: one(KEY_MARK('decorated')),
        keyGroups: one({ $or: [aged, KEY_MARK('hardship'), KEY_MARK('contribution'), KEY_MARK('decorated')] }),
      } },
    ]),
    aggregate<{ _id: { c: string; m: string }; n: number; fen: number }>(ctx.db, 'visits', [
      { $match: { [field]: node._id, date: ctx._.gte(start).and(ctx._.lt(end)) } },
      { $group: { _id: { c: child, m: '$month' }, n: { $sum: 1 }, fen: { $sum: '$valueFen' } } },
    ]),
    aggregate<{ _id: { c: string; m: string; k: string }; n: number; fen: number }>(ctx.db, 'assistance', [
      { $match: { [field]: node._id, status: 'disbursed', disbursedAt: ctx._.gte(start).and(ctx._.lt(end)) } },
      { $group: { _id: { c: child, m: '$disbursedMonth', k: '$kind' }, n: { $sum: 1 }, fen: { $sum: '$disbursedFen' } } },
    ]),
  ]);
  const sums = new Map<string, Sums>();
  const at = (id: string) => sums.get(id) ?? sums.set(id, zero()).get(id)!;
  for (const v of veterans) Object.assign(at(v._id), { ...v, _id: undefined });
  const months = new Map<string, MonthRow>(monthsBetween(period.from, period.to).map((m) => [m, { month: m, visits: 0, visitValueFen: 0, subsidies: 0, subsidyFen: 0 }]));
  for (const v of visits) {
    const s = at(v._id.c);
    s.visits += v.n;
    s.visitValueFen += v.fen;
    const m = months.get(v._id.m);
    if (m) { m.visits += v.n; m.visitValueFen += v.fen; }
  }
  let relief = { cases: 0, paidFen: 0 };
  for (const a of assists) {
    if (a._id.k === 'relief') { relief = { cases: relief.cases + a.n, paidFen: relief.paidFen + a.fen }; continue; }
    const s = at(a._id.c);
    s.subsidies += a.n;
    s.subsidyFen += a.fen;
    const m = months.get(a._id.m);
    if (m) { m.subsidies += a.n; m.subsidyFen += a.fen; }
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
    requests: null,
    notices: null,
    filingRule: FILING_RULE,
  };
}
