/** @jest-environment node */
/**
 * The ledger export is a job (issue 16: at ten times the district the whole export was cut off at the ledger
 * function's 60 s timeout). Each step writes one part (a bounded run of rows in file id order) to storage;
 * the page asking and the minute timer carry it on; the starter alone gets the parts' links. Run on the
 * small district with one step a slice and 40 rows a part, so that every boundary is crossed. What was
 * exported is compared with a raw scan of the store, not with the code under test.
 */
import type { Stack } from '../../support/stack';
import { account, load, org, staff, validId, veteranFile } from '../../support/fixtures';
import { downloadParts } from '../../support/exports';
import { smallWorld } from './world';
import { ledgerExport } from '../../../types/ledger/export';
import { exportLedger } from '../../../types/ledger/transfer';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { createPii, DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';

jest.setTimeout(180_000);

const PART = 40;
const EXTRA_FILES = 150;
const OWNER = 'wx-district-admin';
/** Another district staff member: may export the district, but this export is not theirs. */
const OTHER_DISTRICT = 'wx-district-2';
const pii = createPii(DEV_PII_KEY);

let stack: Stack;
beforeAll(() => {
  process.env.VETGRID_JOB_SLICE_MS = '1';
  process.env.VETGRID_EXPORT_PART_ROWS = String(PART);
});
afterAll(() => {
  delete process.env.VETGRID_JOB_SLICE_MS;
  delete process.env.VETGRID_EXPORT_PART_ROWS;
});

beforeEach(async () => {
  stack = (await smallWorld()).stack;
  const browse = (id: string) => stack.cloud.db.browse('orgs', JSON.stringify({ _id: id }), 0, 1).docs[0] as OrgDoc;
  const [c1, s2, d] = [browse('c1'), browse('s2'), browse('d')];
  const c2 = org('c2', 'community', '香湾社区', s2);
  const grids = [
    ...Array.from({ length: 5 }, (_, i) => org(`gx-${i}`, 'grid', `第${i + 10}网格`, c1)),
    ...Array.from({ length: 3 }, (_, i) => org(`gy-${i}`, 'grid', `第${i + 1}网格`, c2)),
  ];
  // Ids not in grid order, so parts cut across grids and streets; every tenth file moved out (not exported).
  const files = Array.from({ length: EXTRA_FILES }, (_, n) => {
    const f = veteranFile(
      `vx-${String((n * 37) % EXTRA_FILES).padStart(3, '0')}`,
      `周${n}`,
      validId(`19${40 + (n % 50)}-0${(n % 9) + 1}-11`, 300 + n),
      `1390000${String(n).padStart(4, '0')}`,
      grids[n % grids.length],
    );
    if (n % 10 === 0) f.lifeStatus = 'moved_out';
    return f;
  });
  const other = staff('st-district-2', '郑区局', 'district_staff', d, OTHER_DISTRICT, true);
  await load(stack.cloud, {
    orgs: [c2, ...grids],
    veterans: files,
    staff: [other],
    accounts: [account(OTHER_DISTRICT, null, [other._id])],
  });
});
afterEach(() => stack.close());

/** The district's files in the store (read raw), as the export should list them: 在册 only. */
function inStore(): VeteranDoc[] {
  return (stack.cloud.db.browse('veterans', '{}', 0, 100_000).docs as VeteranDoc[]).filter(
    (f) => f.lifeStatus === 'in_district',
  );
}

function exportAudits() {
  return stack.cloud.db.browse('audit', JSON.stringify({ kind: 'export' }), 0, 100).docs as {
    rows: number;
    field: string;
    reason: string;
    targetId: string;
  }[];
}

/** The people of every part, as their ID numbers' keyed hashes (the store keeps the same hash per file). */
async function exportedHashes(parts: { url: string }[]): Promise<string[]> {
  const [header, ...rows] = await downloadParts(parts);
  const id = header.indexOf('身份证号');
  return rows.map((r) => pii.blindIndex('id', r[id]));
}

it('the district, in parts: 进度 moves slice by slice, then every file of the store is in exactly one part', async () => {
  const files = inStore();
  expect(files.length).toBeGreaterThan(3 * PART);
  const first = await stack.ok(exportLedger, { full: true, reason: '报送市局' }, OWNER);
  expect(first).toMatchObject({ status: 'running', done: PART, total: files.length, masked: false, parts: [] });
  expect(exportAudits()).toHaveLength(0);
  const seen = [first.done];
  let p = first;
  for (let ask = 0; ask < 20 && p.status === 'running'; ask++) {
    p = await stack.ok(ledgerExport, { jobId: first.id }, OWNER);
    seen.push(p.done);
  }
  const count = Math.ceil(files.length / PART);
  expect(seen).toEqual(Array.from({ length: count }, (_, i) => Math.min((i + 1) * PART, files.length)));
  expect(p).toMatchObject({ status: 'done', rows: files.length, error: null });
  expect(p.parts.map((x) => x.rows)).toEqual(
    Array.from({ length: count }, (_, i) => Math.min(PART, files.length - i * PART)),
  );
  expect(p.parts.map((x) => x.fileName)).toEqual(
    Array.from({ length: count }, (_, i) => `香洲区台账（完整）_2026-03-01_第${i + 1}份（共${count}份）.xlsx`),
  );
  const hashes = await exportedHashes(p.parts);
  expect(new Set(hashes).size).toBe(hashes.length);
  expect(hashes.sort()).toEqual(files.map((f) => f.idHash).sort());
  // Audited once, when done, with the total.
  expect(exportAudits()).toEqual([
    expect.objectContaining({ targetId: 'd', field: 'full', reason: '报送市局', rows: files.length }),
  ]);
  // Asked again later: the same parts, with links asked afresh (the first ones live ten minutes).
  stack.cloud.clock.advance(30 * 60_000);
  const again = await stack.ok(ledgerExport, { jobId: first.id }, OWNER);
  expect(again.parts.map((x) => x.fileID)).toEqual(p.parts.map((x) => x.fileID));
  expect(new Date(again.parts[0].expiresAt).getTime()).toBeGreaterThan(new Date(p.parts[0].expiresAt).getTime());
  expect((await exportedHashes(again.parts)).sort()).toEqual(files.map((f) => f.idHash).sort());
});

it('a masked export of one grid is done within the call: one file, no ID numbers', async () => {
  const grid = inStore().filter((f) => f.gridId === 'gx-1');
  const done = await stack.ok(exportLedger, { orgId: 'gx-1', reason: '季度核对' }, 'wx-street-admin');
  expect(done).toMatchObject({ status: 'done', rows: grid.length, masked: true });
  expect(done.parts).toHaveLength(1);
  expect(done.parts[0].fileName).toBe('第11网格台账_2026-03-01.xlsx');
  const [header, ...rows] = await downloadParts(done.parts);
  expect(rows.map((r) => r[header.indexOf('姓名')]).sort()).toEqual(grid.map((f) => f.name).sort());
  expect(rows.map((r) => r[header.indexOf('身份证号')]).sort()).toEqual(grid.map((f) => f.idMasked).sort());
});

it('the minute timer finishes an export nobody watches', async () => {
  const first = await stack.ok(exportLedger, { reason: '季度核对' }, OWNER);
  for (let minute = 0; minute < 10; minute++) await stack.cloud.fireTrigger('ledger', 'continueJobs');
  const p = await stack.ok(ledgerExport, { jobId: first.id }, OWNER);
  expect(p).toMatchObject({ status: 'done', rows: inStore().length });
  expect(exportAudits()).toEqual([expect.objectContaining({ field: 'masked', rows: inStore().length })]);
});

it('a slice killed after the audit entry and before it saved is redone: no row twice, one audit entry', async () => {
  const files = inStore();
  const first = await stack.ok(exportLedger, { full: true, reason: '报送市局' }, OWNER);
  // The last step writes the last part and the audit entry; it is killed right after that entry.
  stack.cloud.killAfterWrite('audit', 'ledger');
  let killed = false;
  for (let ask = 0; ask < 20 && !killed; ask++)
    await stack.call(ledgerExport, { jobId: first.id }, OWNER).catch((e: Error) => {
      expect(e.message).toMatch(/超时/);
      killed = true;
    });
  expect(killed).toBe(true);
  expect(exportAudits()).toHaveLength(1);
  // The killed invocation still holds the job until its lease lapses.
  expect(await stack.ok(ledgerExport, { jobId: first.id }, OWNER)).toMatchObject({ status: 'running' });
  stack.cloud.clock.advance(2 * 60_000);
  const p = await stack.ok(ledgerExport, { jobId: first.id }, OWNER);
  expect(p).toMatchObject({ status: 'done', rows: files.length });
  expect(p.parts).toHaveLength(Math.ceil(files.length / PART));
  const hashes = await exportedHashes(p.parts);
  expect(hashes).toHaveLength(files.length);
  expect(hashes.sort()).toEqual(files.map((f) => f.idHash).sort());
  expect(exportAudits()).toEqual([expect.objectContaining({ rows: files.length })]);
});

it('only the starter follows the export: others are refused as for an export that does not exist, with no writes', async () => {
  const first = await stack.ok(exportLedger, { reason: '季度核对' }, OWNER);
  const jobBefore = stack.cloud.db.browse('jobs', JSON.stringify({ _id: first.id }), 0, 1).docs[0];
  for (const [who, code] of [
    [OTHER_DISTRICT, 'NOT_FOUND'],
    ['wx-street-admin', 'FORBIDDEN'],
    ['wx-gm1', 'FORBIDDEN'],
    ['wx-bound', 'FORBIDDEN'],
  ] as const) {
    const { res, writes } = await stack.metered(ledgerExport, { jobId: first.id }, who);
    const missing = await stack.call(ledgerExport, { jobId: 'no-such-job' }, who);
    expect([who, res]).toEqual([who, { ok: false, error: expect.objectContaining({ code }) }]);
    // Told exactly what they would be told of an export that does not exist.
    expect(res).toEqual(missing);
    expect(writes).toBe(0);
  }
  expect(stack.cloud.db.browse('jobs', JSON.stringify({ _id: first.id }), 0, 1).docs[0]).toEqual(jobBefore);
  // The recompute's progress action does not show an export either.
  expect(exportAudits()).toHaveLength(0);
  expect(await stack.ok(ledgerExport, { jobId: first.id }, OWNER)).toMatchObject({ done: 2 * PART });
});
