import { ROLLUPS_JOB_ID } from '../../../types/ledger/jobs';
import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts, RollupDoc } from '../../../types/rollups/model';
import type { LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';
import type { JobCtx, JobKind, JobStage } from '../../_kernel/jobs';
import { gridStatsOf } from '../dossier/grid-stats';
import { loadLedgerSettings } from '../dossier/settings';
import { addCounts, countsDelta, countsOfGridRow, emptyCounts, nodeFields, rollupsFrom } from './counts';
import { keepGridRollup, setCounts } from './keep';
import { childRollups, everyDoc, rollupsOf } from './read';
import { recountNoticeReads } from './notice-reads';
import { rebuildCareMonthly } from './care-monthly';
import { rebuildActivityMonthly } from './activity-monthly-rebuild';
import type { RebuildStage } from './stage';

/** What the rebuild keeps between slices (one small document): how many rollups and rows it rewrote. */
interface RebuildState extends Record<string, unknown> {
  repaired: number;
}

/** Grids a step recomputes (one files query each, a few at a time): about a second of work. */
const GRIDS_A_STEP = 20;
const GRIDS_AT_ONCE = 8;

/** The fields of a grid's row the rebuild compares (updatedAt and rev left out). */
function rowKey(r: LedgerStatsDoc): string {
  return JSON.stringify([
    r.orgPath,
    r.known,
    r.complete,
    r.hardship,
    r.contribution,
    r.decorated,
    r.marked ?? 0,
    r.bound ?? 0,
    r.birthDates,
    r.markedBirthDates ?? [],
  ]);
}

async function gridFiles(ctx: JobCtx, gridId: string): Promise<VeteranDoc[]> {
  const out: VeteranDoc[] = [];
  for (let last = ''; ; ) {
    const page = await ctx.read.many<VeteranDoc>('veterans', last ? { gridId, _id: ctx._.gt(last) } : { gridId }, {
      orderBy: [['_id', 'asc']],
      limit: 1000,
      fields: { idEnc: false, phoneEnc: false },
    });
    out.push(...page);
    if (page.length < 1000) return out;
    last = page[page.length - 1]._id;
  }
}

/**
 * Stage 1, grid by grid in id order (the cursor: the last grid done): each grid's row and rollup from its
 * own files, rewritten where they differ (through keepGridRollup, so a concurrent writer's recompute is
 * never overwritten with an older one). Memory: one step's grids' files. Redoing a grid after a kill
 * writes the same values: nothing is counted twice.
 */
function gridsStage(settingsOf: (ctx: JobCtx) => Promise<LedgerSettings>): JobStage<RebuildState> {
  return {
    name: 'grids',
    async step(ctx, cursor, run) {
      const settings = await settingsOf(ctx);
      const grids = await ctx.read.many<OrgDoc>(
        'orgs',
        cursor ? { kind: 'grid', _id: ctx._.gt(cursor) } : { kind: 'grid' },
        {
          orderBy: [['_id', 'asc']],
          limit: GRIDS_A_STEP,
        },
      );
      if (!grids.length) return null;
      const ids = grids.map((g) => g._id);
      const rollups = await rollupsOf(ctx, ids);
      const rows = new Map(
        (await ctx.read.many<LedgerStatsDoc>('ledgerStats', { _id: ctx._.in(ids) }, { limit: ids.length })).map((r) => [
          r._id,
          r,
        ]),
      );
      for (let i = 0; i < grids.length; i += GRIDS_AT_ONCE)
        await Promise.all(
          grids.slice(i, i + GRIDS_AT_ONCE).map(async (grid) => {
            const row = gridStatsOf(grid._id, grid.path, await gridFiles(ctx, grid._id), settings, ctx.now);
            const have = rollups.get(grid._id);
            const old = rows.get(grid._id);
            const same =
              have &&
              old &&
              rowKey(old) === rowKey(row) &&
              !Object.keys(countsDelta(have, countsOfGridRow(row))).length;
            if (same) return;
            run.state.repaired += 1;
            await keepGridRollup(ctx, grid, async () =>
              gridStatsOf(grid._id, grid.path, await gridFiles(ctx, grid._id), settings, ctx.now),
            );
          }),
        );
      run.advance(grids.length);
      return grids.length < GRIDS_A_STEP ? null : grids[grids.length - 1]._id;
    },
  };
}

/** Streets a step of stage 2 sums (each: its grids' rows and its communities, one street's worth of nodes). */
const STREETS_A_STEP = 5;

/** Rewrites the rollups of `places` that differ from `wanted`. */
async function rewriteNodes(
  ctx: JobCtx,
  run: { state: RebuildState },
  places: readonly OrgDoc[],
  wanted: Map<string, RollupCounts>,
): Promise<void> {
  const current = await rollupsOf(
    ctx,
    places.map((p) => p._id),
  );
  for (const place of places) {
    const want = wanted.get(place._id) as RollupCounts;
    const have = current.get(place._id) as RollupDoc | undefined;
    if (have && !Object.keys(countsDelta(have, want)).length) continue;
    run.state.repaired += 1;
    const rev = (have?.rev ?? 0) + 1;
    const doc = ctx.db.collection('rollups').doc(place._id);
    if (have) await doc.update({ data: { ...setCounts(ctx, want), ...nodeFields(place), rev, updatedAt: ctx.now } });
    else await doc.set({ data: { ...nodeFields(place), ...want, rev, updatedAt: ctx.now } });
  }
}

/**
 * Stage 2, street by street in id order (the cursor: the last street done): the street and its communities
 * summed from its grids' rows, rewritten where they differ; then (finish) each district summed from its
 * streets' rollups. Each step reads one street's worth of rows, never the district's. Increments that
 * landed meanwhile are replaced by the sums.
 */
const areasStage: JobStage<RebuildState> = {
  name: 'areas',
  async step(ctx, cursor, run) {
    const streets = await ctx.read.many<OrgDoc>(
      'orgs',
      cursor ? { kind: 'street', _id: ctx._.gt(cursor) } : { kind: 'street' },
      { orderBy: [['_id', 'asc']], limit: STREETS_A_STEP },
    );
    for (const street of streets) {
      const communities = (await everyDoc<OrgDoc>(ctx, 'orgs', { parentId: street._id })).filter(
        (o) => o.kind === 'community',
      );
      const rows = await everyDoc<LedgerStatsDoc>(ctx, 'ledgerStats', { 'orgPath.1': street._id });
      const places = [street, ...communities];
      await rewriteNodes(ctx, run, places, rollupsFrom(places, rows));
    }
    run.advance(streets.length);
    return streets.length < STREETS_A_STEP ? null : streets[streets.length - 1]._id;
  },
  async finish(ctx, run) {
    const districts = await everyDoc<OrgDoc>(ctx, 'orgs', { kind: 'district' });
    for (const district of districts) {
      const sum = emptyCounts();
      for (const street of await childRollups(ctx, district)) if (street.kind === 'street') addCounts(sum, street);
      await rewriteNodes(ctx, run, [district], new Map([[district._id, sum]]));
    }
  },
};

/**
 * The rebuild job: recomputes every grid's filing-rate row and every node's rollup from the files and
 * rewrites those that differ (drift left by a request cut off mid-way, or the district's rules changed).
 * Started by the ledger's nightly timer and by a change of the district's ledger rules
 * (`updateLedgerSettings`); worked in slices (_kernel/jobs.ts). Another figure's rebuild (e.g. the
 * dashboard's) adds its own stage to `REBUILD_STAGES`. Writes that land while it runs can leave a node
 * off by them until the next run.
 */
/** A paged rebuild stage (stage.ts) as a job stage: 进度 moves by the units each page did. */
function pagedStage(name: string, stage: RebuildStage): JobStage<RebuildState> {
  return {
    name,
    async step(ctx, cursor, run) {
      const { next, units } = await stage.page(ctx, cursor);
      run.advance(units);
      return next;
    },
  };
}

/** Paged stages other figures add, each counted in its own unit (stage.ts). */
const PAGED: [string, RebuildStage][] = [
  ['noticeReads', recountNoticeReads],
  ['careMonthly', rebuildCareMonthly],
  ['activityMonthly', rebuildActivityMonthly],
];
const PAGED_STAGES: JobStage<RebuildState>[] = PAGED.map(([name, stage]) => pagedStage(name, stage));

export const REBUILD_STAGES: JobStage<RebuildState>[] = [
  gridsStage((ctx) => loadLedgerSettings(ctx.read)),
  areasStage,
  ...PAGED_STAGES,
];

export const rebuildRollupsJob: JobKind<RebuildState> = {
  kind: 'rollups',
  fn: 'ledger',
  async plan(ctx) {
    const [grids, streets, communities] = await Promise.all(
      (['grid', 'street', 'community'] as const).map((kind) => ctx.read.count('orgs', { kind })),
    );
    const of = { community: communities, street: streets, stage: 1 };
    // Units: every grid, then every street (with its communities; the district when the last is done), then
    // each paged stage's own (e.g. the care rows: every community), so 进度 moves through all of it.
    return {
      total: grids + streets + PAGED.reduce((n, [, stage]) => n + of[stage.unit], 0),
      state: { repaired: 0 },
    };
  },
  stages: REBUILD_STAGES,
};

/** The one rebuild job of a district (started again from its start when the rules change). */
export const REBUILD_JOB_ID = ROLLUPS_JOB_ID;
