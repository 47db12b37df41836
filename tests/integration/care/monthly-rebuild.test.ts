/** @jest-environment node */
import { localSdk } from '../../../scripts/seed-local';
import type { Stack } from '../../support/stack';
import { careStack, dateOf, raw } from './care-stack';

jest.setTimeout(180_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
});
afterAll(() => stack.close());

type Row = {
  _id: string;
  level: string;
  orgId: string;
  year?: string;
  month?: string;
  months?: Record<string, Record<string, number>>;
};
const DEPTH = { street: 1, community: 2, grid: 3 } as const;
const shanghaiMonth = (v: unknown) => new Date(dateOf(v) + 8 * 3_600_000).toISOString().slice(0, 7);

/** Every row's every month against a raw count of the visits and payments of its node in that month. */
function expectRowsEqualRawScan() {
  const visits = raw(stack, 'visits');
  const paid = raw(stack, 'assistance', { status: 'disbursed' });
  const rows = raw<Row>(stack, 'careMonthly');
  expect(rows.filter((r) => !r.year)).toEqual([]);
  const seen = new Set<string>();
  for (const r of rows) {
    const depth = DEPTH[r.level as keyof typeof DEPTH];
    for (const [month, m] of Object.entries(r.months ?? {})) {
      seen.add(`${r._id}/${month}`);
      const v = visits.filter((x) => x.orgPath[depth] === r.orgId && x.month === month);
      const s = paid.filter(
        (x) => x.orgPath[depth] === r.orgId && x.kind !== 'relief' && shanghaiMonth(x.disbursedAt) === month,
      );
      expect([r._id, month, m.visits, m.visitValueFen, m.subsidies]).toEqual([
        r._id,
        month,
        v.length,
        v.reduce((a, x) => a + x.valueFen, 0),
        s.length,
      ]);
    }
  }
  // And no node-month with visits is missing its row.
  for (const x of visits.slice(0, 200))
    expect(seen.has(`grid:${x.orgPath[3]}:${x.month.slice(0, 4)}/${x.month}`)).toBe(true);
}

it('the rebuild recomputes the monthly care rows from the visits and payments: wrong, missing and old-shaped rows repaired', async () => {
  expectRowsEqualRawScan();
  const [street] = raw<Row>(stack, 'careMonthly', { level: 'street' });
  const [grid] = raw<Row>(stack, 'careMonthly', { level: 'grid' });
  const month = Object.keys(street.months ?? {})[0];
  const db = localSdk(stack.cloud).database();
  await db
    .collection('careMonthly')
    .doc(street._id)
    .update({ data: { months: { [month]: { visits: 9999 } } } });
  await db.collection('careMonthly').doc(grid._id).remove();
  // A row of the earlier shape (one month a row).
  stack.cloud.db.importDocuments('careMonthly', [
    {
      _id: `street:${street.orgId}:${month}`,
      level: 'street',
      orgId: street.orgId,
      orgPath: ['d-xz', street.orgId],
      month,
      visits: 3,
    },
  ]);
  expect(() => expectRowsEqualRawScan()).toThrow();

  const run = await stack.cloud.fireTrigger('ledger', 'rebuildRollups');
  expect(run.result).toMatchObject({ ok: true });
  expectRowsEqualRawScan();
  expect(raw<Row>(stack, 'careMonthly', { _id: grid._id })).toHaveLength(1);
});
