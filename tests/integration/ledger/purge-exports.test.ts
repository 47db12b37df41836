/** @jest-environment node */
/**
 * Export files do not stay in storage for ever (issue 16): a full ledger export holds every ID number and
 * phone of a jurisdiction. Every stored export is recorded (`exportFiles`); the ledger function's hourly
 * timer `purgeExports` deletes the files stored more than EXPORT_KEEP_HOURS ago, 50 a call as WeChat's
 * deleteFile allows, and an export job older than that tells its starter it has expired. What is in
 * storage is read from the local cloud's own file list, not from the code under test.
 */
import { outcomeOf, type Stack } from '../../support/stack';
import { smallWorld } from './world';
import { ledgerExport } from '../../../types/ledger/export';
import { exportLedger } from '../../../types/ledger/transfer';
import { EXPORT_KEEP_HOURS } from '../../../types/common/exports';
import { localSdk } from '../../../scripts/seed-local';

jest.setTimeout(180_000);

const OWNER = 'wx-district-admin';
const HOUR = 3_600_000;
let stack: Stack;

beforeAll(() => {
  process.env.VETGRID_EXPORT_PART_ROWS = '1';
});
afterAll(() => {
  delete process.env.VETGRID_EXPORT_PART_ROWS;
});
beforeEach(async () => {
  stack = (await smallWorld()).stack;
});
afterEach(() => stack.close());

const stored = () => new Set(stack.cloud.files().map((f) => f.fileID));
const records = () =>
  stack.cloud.db.browse('exportFiles', '{}', 0, 1000).docs as { fileID: string; cloudPath: string }[];
/** The file ids the purge's records name, sorted. */
const recordedFiles = () =>
  records()
    .map((r) => r.fileID)
    .sort();
const purge = async () => {
  const inv = await stack.cloud.fireTrigger('ledger', 'purgeExports');
  return (inv.result as { data: { deleted: number; failed: number; more: boolean } }).data;
};

async function finished(jobId: string) {
  let p = await stack.ok(ledgerExport, { jobId }, OWNER);
  for (let ask = 0; ask < 30 && p.status === 'running'; ask++) p = await stack.ok(ledgerExport, { jobId }, OWNER);
  expect(p.status).toBe('done');
  return p;
}

it('a day on, the full export parts are deleted and its starter is told it expired; a newer export stays', async () => {
  const old = await finished((await stack.ok(exportLedger, { full: true, reason: '报送市局' }, OWNER)).id);
  expect(old.parts.length).toBeGreaterThan(1);
  const oldFiles = old.parts.map((p) => p.fileID);
  for (const f of oldFiles) expect(stored().has(f)).toBe(true);
  expect(recordedFiles()).toEqual([...oldFiles].sort());

  stack.cloud.clock.advance(12 * HOUR);
  const newer = await finished((await stack.ok(exportLedger, { orgId: 'c1', reason: '季度核对' }, OWNER)).id);
  const newerFiles = newer.parts.map((p) => p.fileID);
  // Nothing is old enough yet.
  expect(await purge()).toEqual({ deleted: 0, failed: 0, more: false });

  stack.cloud.clock.advance((EXPORT_KEEP_HOURS - 12) * HOUR + 60_000);
  expect(await purge()).toEqual({ deleted: oldFiles.length, failed: 0, more: false });
  for (const f of oldFiles) expect(stored().has(f)).toBe(false);
  for (const f of newerFiles) expect(stored().has(f)).toBe(true);
  expect(recordedFiles()).toEqual([...newerFiles].sort());
  // A link handed out before the purge no longer downloads anything.
  expect((await fetch(old.parts[0].url)).ok).toBe(false);

  const again = await stack.ok(ledgerExport, { jobId: old.id }, OWNER);
  expect(again).toMatchObject({ status: 'done', expired: true, parts: [], rows: old.rows, orgName: '香洲区' });
  const fresh = await stack.ok(ledgerExport, { jobId: newer.id }, OWNER);
  expect(fresh).toMatchObject({ expired: false });
  expect(fresh.parts.map((p) => p.fileID)).toEqual(newerFiles);
  expect((await fetch(fresh.parts[0].url)).ok).toBe(true);
});

it('120 old files: deleted in calls of at most 50; one deleted by hand counts as gone; a newer one is kept', async () => {
  const sdk = localSdk(stack.cloud);
  const now = stack.cloud.clock.now();
  const upload = async (name: string) =>
    (
      (await sdk.uploadFile({ cloudPath: `exports/old/${name}.xlsx`, fileContent: Buffer.from(name) })) as {
        fileID: string;
      }
    ).fileID;
  const oldIds: string[] = [];
  for (let i = 0; i < 120; i++) oldIds.push(await upload(`f${i}`));
  const keepId = await upload('recent');
  stack.cloud.db.importDocuments('exportFiles', [
    ...oldIds.map((fileID, i) => ({
      _id: `exports~old~f${i}.xlsx`,
      cloudPath: `exports/old/f${i}.xlsx`,
      fileID,
      storedAt: new Date(now.getTime() - (EXPORT_KEEP_HOURS + 1) * HOUR - i * 1000),
    })),
    { _id: 'exports~old~recent.xlsx', cloudPath: 'exports/old/recent.xlsx', fileID: keepId, storedAt: now },
  ]);
  await sdk.deleteFile({ fileList: [oldIds[7]] });
  // The local cloud refuses a deleteFile of more than 50 files, as WeChat does: 120 gone means batches.
  expect(await purge()).toEqual({ deleted: 120, failed: 0, more: false });
  for (const f of oldIds) expect(stored().has(f)).toBe(false);
  expect(stored().has(keepId)).toBe(true);
  expect(records().map((r) => r.fileID)).toEqual([keepId]);
});

describe('an export stopped around its upload leaves no file the purge cannot find', () => {
  const exportFilesInStorage = () => [...stored()].filter((f) => f.includes('/exports/'));

  it.each([
    ['before its record of the file', 0],
    ['after storing the file, before its record has the file id', 1],
  ])('stopped %s: every export file in storage has a record, and a day on none is left', async (_when, skip) => {
    const paused = stack.cloud.pauseBefore({ collection: 'exportFiles', kind: 'write', functionName: 'ledger', skip });
    const answer = outcomeOf(stack.call(exportLedger, { orgId: 'c1', reason: '季度核对' }, OWNER));
    const first = await Promise.race([paused.reached.then(() => 'held'), answer]);
    paused.kill();
    expect(first).toBe('held');
    expect(await answer).toBe('FUNCTION_TIMEOUT');
    const recorded = new Set(records().map((r) => r.cloudPath));
    for (const f of exportFilesInStorage()) expect(recorded.has(f.slice(f.indexOf('/exports/') + 1))).toBe(true);
    // Another export's record gives the purge the environment's file id prefix.
    await finished((await stack.ok(exportLedger, { orgId: 'c1', reason: '季度核对' }, OWNER)).id);
    stack.cloud.clock.advance(EXPORT_KEEP_HOURS * HOUR + 60_000);
    const { failed } = await purge();
    expect(failed).toBe(0);
    expect(exportFilesInStorage()).toEqual([]);
    expect(records()).toEqual([]);
  });
});
