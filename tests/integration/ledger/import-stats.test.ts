/** @jest-environment node */
/**
 * A ledger import's commit writes the files, then the figures of the grids the sheet touched are recomputed
 * by a job in steps (a district-wide sheet at ten times the district took 40.9-57.4 s of the ledger
 * function's 60 s in one call, most of it that recompute). The commit works the first slice; the page that
 * asks (ledgerJob) or the minute timer works the rest; only the one who imported may follow it. Expected
 * figures are counted here from the files in the store, not through any rollup code.
 */
import type { Stack } from '../../support/stack';
import { load, org } from '../../support/fixtures';
import { validId } from '../../support/fixtures';
import { smallWorld } from './world';
import { uploadSheet } from './sheets';
import { importCommit } from '../../../types/ledger/transfer';
import { ledgerStats } from '../../../types/ledger/search';
import { ledgerJob } from '../../../types/ledger/jobs';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';

jest.setTimeout(180_000);

/** Grids the sheet spreads over, more than one step recomputes (20), so it takes several slices. */
const EXTRA_GRIDS = 50;
const HEADERS = ['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号'];
const GIVEN = ['建国', '志强', '海波', '国华', '卫东', '红军', '振华', '德胜', '永刚', '立新'];
/** Two new people in every extra grid, and one in 第三网格 (g1). */
const ROWS: unknown[][] = [
  ...Array.from({ length: EXTRA_GRIDS * 2 }, (_, n) => [
    '南屏镇',
    '永济社区',
    `第${10 + (n % EXTRA_GRIDS)}网格`,
    `郑${GIVEN[n % GIVEN.length]}`,
    validId(`19${40 + (n % 50)}-0${(n % 9) + 1}-12`, 300 + n),
    `1380000${String(n).padStart(4, '0')}`,
  ]),
  ['南屏镇', '永济社区', '第三网格', '马德胜', validId('1944-03-15', 51), '13622223333'],
];
/** Grids the sheet touches: every extra grid and g1. */
const TOUCHED = EXTRA_GRIDS + 1;

let stack: Stack;
beforeAll(() => {
  // One step a slice (cloudfunctions/_kernel/jobs.ts): the commit recomputes 20 grids, each ask 20 more.
  process.env.VETGRID_JOB_SLICE_MS = '1';
});
afterAll(() => {
  delete process.env.VETGRID_JOB_SLICE_MS;
});

beforeEach(async () => {
  stack = (await smallWorld()).stack;
  const c1 = stack.cloud.db.browse('orgs', JSON.stringify({ _id: 'c1' }), 0, 1).docs[0] as OrgDoc;
  const grids = Array.from({ length: EXTRA_GRIDS }, (_, i) =>
    org(`gx-${String(i).padStart(3, '0')}`, 'grid', `第${i + 10}网格`, c1),
  );
  await load(stack.cloud, { orgs: grids });
});
afterEach(() => stack.close());

/** Living files under a node, counted from the store. */
function raw(nodeId: string): { known: number } {
  const files = (stack.cloud.db.browse('veterans', '{}', 0, 100_000).docs as VeteranDoc[]).filter(
    (f) => f.lifeStatus === 'in_district' && f.orgPath.includes(nodeId),
  );
  return { known: files.length };
}

function rollup(nodeId: string): { known: number } | undefined {
  const doc = stack.cloud.db.browse('rollups', JSON.stringify({ _id: nodeId }), 0, 1).docs[0] as
    | { known: number }
    | undefined;
  return doc && { known: doc.known };
}

const EXTRA_IDS = Array.from({ length: EXTRA_GRIDS }, (_, i) => `gx-${String(i).padStart(3, '0')}`);

/** Every node's figures and the street's filing-rate table equal the files. */
async function expectFiguresEqualFiles() {
  for (const id of ['d', 's1', 'c1', 'g1', ...EXTRA_IDS]) expect([id, rollup(id)]).toEqual([id, raw(id)]);
  const table = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-street-admin');
  expect(table.total).toMatchObject(raw('c1'));
  for (const id of ['g1', 'gx-000', 'gx-049']) expect(table.rows.find((r) => r.id === id)).toMatchObject(raw(id));
}

/** Grids whose rollup does not yet count their files. */
const behind = () => ['g1', ...EXTRA_IDS].filter((id) => (rollup(id)?.known ?? 0) !== raw(id).known).length;

it('the commit answers with the first slice of the recompute done; the page follows it to the end', async () => {
  const before = raw('c1').known;
  const fileID = await uploadSheet(stack.cloud, HEADERS, ROWS, 'wx-street-admin');
  const committed = await stack.ok(importCommit, { fileID }, 'wx-street-admin');
  expect(committed).toMatchObject({ rows: ROWS.length, created: ROWS.length, rejected: 0 });
  // Every file is written when the commit answers; 20 of the 51 grids' figures are.
  expect(raw('c1').known).toBe(before + ROWS.length);
  expect(committed.stats).toMatchObject({ kind: 'importStats', status: 'running', done: 20, total: TOUCHED });
  expect(behind()).toBe(TOUCHED - 20);
  // The grids to do are kept with the job while it runs, and dropped once it is done.
  const itemsOf = () =>
    (stack.cloud.db.browse('jobs', JSON.stringify({ _id: committed.stats.id }), 0, 1).docs[0] as { items: string[] })
      .items;
  expect(itemsOf()).toHaveLength(TOUCHED);
  const seen: number[] = [];
  for (let ask = 0; ask < 10; ask++) {
    const p = await stack.ok(ledgerJob, { jobId: committed.stats.id }, 'wx-street-admin');
    seen.push(p.done);
    if (p.status !== 'running') break;
  }
  expect(seen).toEqual([40, TOUCHED]);
  expect(behind()).toBe(0);
  expect(itemsOf()).toEqual([]);
  await expectFiguresEqualFiles();
});

it('with no page open, the minute timer finishes the recompute', async () => {
  const fileID = await uploadSheet(stack.cloud, HEADERS, ROWS, 'wx-street-admin');
  const { stats } = await stack.ok(importCommit, { fileID }, 'wx-street-admin');
  expect(stats.status).toBe('running');
  // Read from the store, not through ledgerJob (whose ask would work the job itself).
  const job = () =>
    stack.cloud.db.browse('jobs', JSON.stringify({ _id: stats.id }), 0, 1).docs[0] as { status: string; done: number };
  const seen: number[] = [];
  for (let minute = 0; minute < 10 && job().status === 'running'; minute++) {
    await stack.cloud.fireTrigger('ledger', 'continueJobs');
    seen.push(job().done);
  }
  // One step a slice here: 20 grids in the commit, then 40, then all 51.
  expect(seen).toEqual([40, TOUCHED]);
  expect(job().status).toBe('done');
  await expectFiguresEqualFiles();
});

it('a small sheet is counted everywhere by the time the commit answers', async () => {
  const fileID = await uploadSheet(stack.cloud, HEADERS, ROWS.slice(-1), 'wx-street-admin');
  const { stats } = await stack.ok(importCommit, { fileID }, 'wx-street-admin');
  expect(stats).toMatchObject({ status: 'done', done: 1, total: 1 });
  expect(rollup('g1')).toEqual(raw('g1'));
  expect(rollup('d')).toEqual(raw('d'));
});

it('a commit killed after writing its files: importing the sheet again creates nothing and recomputes their grids', async () => {
  const fileID = await uploadSheet(stack.cloud, HEADERS, ROWS, 'wx-street-admin');
  stack.cloud.killAfterWrite('veterans', 'ledger');
  await expect(stack.call(importCommit, { fileID }, 'wx-street-admin')).rejects.toThrow(/超时/);
  // The files are on record; no grid's figures count them.
  expect(raw('c1').known).toBe(2 + ROWS.length);
  expect(behind()).toBe(TOUCHED);
  let { stats, created, existing } = await stack.ok(importCommit, { fileID }, 'wx-street-admin');
  expect({ created, existing }).toEqual({ created: 0, existing: ROWS.length });
  expect(stats).toMatchObject({ status: 'running', total: TOUCHED });
  while (stats.status === 'running') stats = await stack.ok(ledgerJob, { jobId: stats.id }, 'wx-street-admin');
  await expectFiguresEqualFiles();
});

it('only the one who imported may follow it: anyone else is answered as for a job that does not exist, and nothing moves', async () => {
  const fileID = await uploadSheet(stack.cloud, HEADERS, ROWS, 'wx-street-admin');
  const { stats } = await stack.ok(importCommit, { fileID }, 'wx-street-admin');
  // The district's admin (who may import anywhere) is told it does not exist; the others, who may not follow
  // any statistics job, the refusal they get for any id at all.
  const answers: Record<string, string> = {
    'wx-district-admin': 'NOT_FOUND',
    'wx-gl': 'FORBIDDEN',
    'wx-bound': 'FORBIDDEN',
    'wx-nobody': 'FORBIDDEN',
  };
  for (const [stranger, code] of Object.entries(answers)) {
    const { res, writes } = await stack.metered(ledgerJob, { jobId: stats.id }, stranger);
    expect([stranger, writes]).toEqual([stranger, 0]);
    expect([stranger, res]).toMatchObject([stranger, { ok: false, error: { code } }]);
    // The same answer, word for word, as for a job id that was never issued.
    expect([stranger, res]).toEqual([stranger, await stack.call(ledgerJob, { jobId: 'nosuchjob' }, stranger)]);
  }
  expect(behind()).toBe(TOUCHED - 20);
  expect(await stack.ok(ledgerJob, { jobId: stats.id }, 'wx-street-admin')).toMatchObject({ done: 40 });
});
