/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict, validId, veteranFile } from '../../support/fixtures';
import { verifyFile } from '../../../types/ledger/edits';
import { searchLedger } from '../../../types/ledger/search';
import { fileViewers } from '../../../types/profile/queries';

/**
 * Issue 13, item 4: `verifyFile` accepted another veteran's ID number, and a search by it then returned
 * both people. An ID number belongs to one file; the refusal names the other file's grid only to staff who
 * keep that grid, and is audited (the owner sees the attempt among who looked at their file).
 */
// A fresh local cloud per test and the functions' cold start: more than Jest's 5 s on a busy machine.
jest.setTimeout(60_000);
let stack: Stack;
const district = smallDistrict();
const g2 = district.orgs.find((o) => o._id === 'g2')!;
const g2File = veteranFile('v-g2', '刘海军', validId('1962-01-01', 31), '13612345678', g2);

beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: [...district.veterans, g2File],
    staff: district.staff,
    accounts: district.accounts,
  });
});
afterEach(() => stack.close());

const storedFiles = () => stack.cloud.db.browse('veterans', '{}', 0, 100).docs as { _id: string }[];

it('a grid member cannot give a file the ID number another file holds; the search still finds one person', async () => {
  const before = storedFiles();
  const { res, writes } = await stack.metered(
    verifyFile,
    { veteranId: 'v-unbound', changes: { idNumber: district.people.boundId } },
    'wx-gm1',
  );
  expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'changes.idNumber' } });
  // The grid member keeps the other file's grid: told where it is.
  expect(res.ok ? '' : res.error.message).toContain('第三网格');
  expect(writes).toBe(1); // the audit entry, nothing else
  expect(storedFiles()).toEqual(before);
  const found = await stack.ok(searchLedger, { query: district.people.boundId }, 'wx-street-admin');
  expect(found.items.map((r) => r.name)).toEqual(['李建军']);
  // The bound owner sees the refused attempt.
  const viewers = await stack.ok(fileViewers, {}, 'wx-bound');
  expect(viewers.items.map((i) => i.what)).toContain('试图将您的身份证号登记到另一份档案（已拒绝）');
});

it('staff who may not see the other grid learn only that the number is taken', async () => {
  const { res } = await stack.metered(
    verifyFile,
    { veteranId: 'v-g2', changes: { idNumber: district.people.boundId } },
    'wx-gm-other',
  );
  expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const message = res.ok ? '' : res.error.message;
  expect(message).toContain('已属于另一份档案');
  expect(message).not.toContain('第三网格');
  expect(message).not.toContain('李建军');
});

it('the database itself refuses a second file with the same ID hash (unique index)', () => {
  const copy = { ...storedFiles().find((d) => d._id === 'v-bound'), _id: 'v-copy' };
  expect(() => stack.cloud.db.importDocuments('veterans', [copy])).toThrow();
});
