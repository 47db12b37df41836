/** @jest-environment node */
/**
 * Issue 14: 「已导出 339 条」 while the ledger's list said 331. The list shows the files 在册 (moved-out and
 * deceased files are their own filters); the export wrote every file. The export now writes what the list
 * shows for the same search and filter: the same people, as many rows as the list's total.
 */
import { startStack, type Stack } from '../../support/stack';
import { downloadParts } from '../../support/exports';
import { seedIfEmpty } from '../../../scripts/seed-local';
import { searchLedger, type LedgerFilter } from '../../../types/ledger/search';
import { exportLedger } from '../../../types/ledger/transfer';

jest.setTimeout(180_000);
const STREET_ADMIN = 'demo-street-admin-s-10';
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  await seedIfEmpty(stack.cloud, 'tiny');
});
afterAll(() => stack.close());

/** Every page of the list, as the ledger page pages through it: the names and the total it states. */
async function listed(filter: LedgerFilter, query = '') {
  const names: string[] = [];
  for (let page = 1; ; page++) {
    const p = await stack.ok(searchLedger, { filter, query, page, pageSize: 100 }, STREET_ADMIN);
    names.push(...p.items.map((r) => r.name));
    if (names.length >= p.total || p.items.length === 0) return { names: names.sort(), total: p.total };
  }
}

async function exported(filter: LedgerFilter, query = '') {
  const file = await stack.ok(exportLedger, { reason: '季度核对', filter, query }, STREET_ADMIN);
  const [header, ...rows] = await downloadParts(file.parts);
  const name = header.indexOf('姓名');
  return { names: rows.map((r) => r[name]).sort(), rows: file.rows };
}

it('the street has moved-out and deceased files, which the list of 全部在册 leaves out', async () => {
  const gone = (await listed('moved_out')).total + (await listed('deceased')).total;
  expect(gone).toBeGreaterThan(0);
});

it.each<[LedgerFilter, string]>([
  ['all', ''],
  ['moved_out', ''],
  ['deceased', ''],
  ['aged80', ''],
  ['all', '王'],
])('filter %s, search "%s": the export has the rows the list counts, the same people', async (filter, query) => {
  const list = await listed(filter, query);
  const sheet = await exported(filter, query);
  expect(sheet.rows).toBe(list.total);
  expect(sheet.names).toEqual(list.names);
});

it('without a filter the export is the list of 全部在册', async () => {
  const file = await stack.ok(exportLedger, { reason: '季度核对' }, STREET_ADMIN);
  expect(file.rows).toBe((await listed('all')).total);
});
