import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts, RollupDoc } from '../../../types/rollups/model';
import type { LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';
import type { ActionContext } from '../../_kernel/action';
import { factsOf, gridStatsOfFacts, type FileFacts } from '../dossier/grid-stats';
import { loadLedgerSettings } from '../dossier/settings';
import { countsDelta, nodeFields, rollupsFrom } from './counts';
import { setCounts } from './keep';
import { everyDoc } from './read';

type Ctx = Pick<ActionContext, 'db' | 'read' | 'now' | '_'>;

/**
 * The rebuild job: recomputes every grid's filing-rate row and every node's rollup from a raw scan of the
 * files, and rewrites those that differ (drift left by a request cut off mid-way, or the district's rules
 * changed). Runs nightly (the ledger's timer) and when the district changes its ledger rules. Writes that
 * land while it scans can leave a node off by them until the next run.
 */
export async function rebuildRollups(
  ctx: Ctx,
  settings?: LedgerSettings,
): Promise<{ files: number; nodes: number; repaired: number }> {
  const rules = settings ?? (await loadLedgerSettings(ctx.read));
  // Only each file's facts are kept (a district of 200,000 files would not fit a function's memory whole).
  const byGrid = new Map<string, FileFacts[]>();
  let files = 0;
  for (let last = ''; ; ) {
    const page = await ctx.read.many<VeteranDoc>('veterans', last ? { _id: ctx._.gt(last) } : {}, {
      orderBy: [['_id', 'asc']],
      limit: 1000,
      fields: { idEnc: false, phoneEnc: false },
    });
    for (const f of page) {
      const list = byGrid.get(f.gridId) ?? byGrid.set(f.gridId, []).get(f.gridId)!;
      list.push(factsOf(f, rules));
    }
    files += page.length;
    if (page.length < 1000) break;
    last = page[page.length - 1]._id;
  }
  const places = await everyDoc<OrgDoc>(ctx, 'orgs', { kind: ctx._.neq('unit') });
  const rows = places
    .filter((p) => p.kind === 'grid')
    .map((g) => gridStatsOfFacts(g._id, g.path, byGrid.get(g._id) ?? [], ctx.now));
  const wanted = rollupsFrom(places, rows);
  const current = new Map((await everyDoc<RollupDoc>(ctx, 'rollups', {})).map((r) => [r._id, r]));
  const revs = new Map<string, number>();
  let repaired = 0;
  for (const place of places) {
    const want = wanted.get(place._id) as RollupCounts;
    const have = current.get(place._id);
    revs.set(place._id, have?.rev ?? 0);
    if (have && !Object.keys(countsDelta(have, want)).length) continue;
    repaired++;
    const rev = (have?.rev ?? 0) + 1;
    revs.set(place._id, rev);
    if (have)
      await ctx.db
        .collection('rollups')
        .doc(place._id)
        .update({ data: { ...setCounts(ctx, want), ...nodeFields(place), rev, updatedAt: ctx.now } });
    else
      await ctx.db
        .collection('rollups')
        .doc(place._id)
        .set({ data: { ...nodeFields(place), ...want, rev, updatedAt: ctx.now } });
  }
  // The grids' filing-rate rows, each with the rev of its grid's rollup (keep.ts writes only over older ones).
  const oldRows = new Map((await everyDoc<LedgerStatsDoc>(ctx, 'ledgerStats', {})).map((r) => [r._id, r]));
  const plain = (r: LedgerStatsDoc) =>
    JSON.stringify([
      r.orgPath,
      r.known,
      r.complete,
      r.hardship,
      r.contribution,
      r.decorated,
      r.marked,
      r.bound,
      r.birthDates,
      r.markedBirthDates,
    ]);
  for (const { _id, ...row } of rows) {
    const old = oldRows.get(_id);
    if (old && plain(old) === plain({ _id, ...row })) continue;
    await ctx.db
      .collection('ledgerStats')
      .doc(_id)
      .set({ data: { ...row, rev: revs.get(_id) ?? 0 } });
  }
  return { files, nodes: places.length, repaired };
}
