/** @jest-environment node */
import { monthOf, type CareMonthlyDoc } from '../../../types/care/monthly';
import { localSdk } from '../../../scripts/seed-local';
import type { Stack } from '../../support/stack';
import { careStack, NOW, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
});
afterAll(() => stack.close());

type Row = CareMonthlyDoc & { bookedIds?: string[] };
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MONTH = '2019-03';
const YEAR = '2019';

/**
 * A request cut off between writing a visit (or a payment) and booking it in careMonthly leaves it
 * `monthlyBooked: false` (issue 12): the care function's timer job books such leftovers once their
 * request is surely over, counting each exactly once, even one whose booking got half way.
 */
it('the timer job books visits and payments a cut-off request left unbooked, once each, and leaves fresh ones', async () => {
  const [vet] = raw<{ _id: string; orgPath: string[]; gridId: string }>(stack, 'veterans', { 'orgPath.1': 's-10' });
  const [, street, community, grid] = vet.orgPath;
  const visit = (id: string, valueFen: number, createdAt: Date) => ({
    _id: id,
    veteranId: vet._id,
    orgPath: vet.orgPath,
    gridId: vet.gridId,
    date: new Date('2019-03-10T00:00:00Z'),
    month: MONTH,
    kind: 'festival',
    valueFen,
    createdAt,
    monthlyBooked: false,
  });
  stack.cloud.db.importDocuments('visits', [
    // Cut off before any booking.
    visit('leftover-visit-1', 1234, ago(60 * 60_000)),
    // Cut off half way: its grid row already counts it (and holds its token), the others do not.
    visit('leftover-visit-2', 100, ago(30 * 60_000)),
    // Written seconds ago: its own request may still be booking it.
    visit('fresh-visit', 7, ago(10_000)),
  ]);
  // The grid's row of the year already counts leftover-visit-2 in March (and holds its token).
  const ids = [`street:${street}:${YEAR}`, `community:${community}:${YEAR}`, `grid:${grid}:${YEAR}`];
  const before = new Map(raw<Row>(stack, 'careMonthly', { year: YEAR }).map((r) => [r._id, monthOf(r, MONTH)]));
  const db = localSdk(stack.cloud).database();
  const gridRow = raw<Row>(stack, 'careMonthly', { _id: ids[2] })[0];
  const halfBooked = { ...monthOf(gridRow, MONTH), visits: (before.get(ids[2])?.visits ?? 0) + 1 };
  halfBooked.visitValueFen += 100;
  if (gridRow)
    await db
      .collection('careMonthly')
      .doc(ids[2])
      .update({ data: { months: { [MONTH]: db.command.set(halfBooked) }, bookedIds: ['visits/leftover-visit-2'] } });
  else
    stack.cloud.db.importDocuments('careMonthly', [
      {
        _id: ids[2],
        level: 'grid',
        orgId: grid,
        orgPath: vet.orgPath,
        year: YEAR,
        months: { [MONTH]: halfBooked },
        bookedIds: ['visits/leftover-visit-2'],
      },
    ]);
  stack.cloud.db.importDocuments('assistance', [
    {
      _id: 'leftover-payment',
      veteranId: vet._id,
      orgPath: vet.orgPath,
      gridId: vet.gridId,
      kind: 'relief',
      status: 'disbursed',
      disbursedFen: 50_000,
      disbursedAt: ago(20 * 60_000),
      disbursedMonth: MONTH,
      monthlyBooked: false,
      createdAt: ago(40 * 60_000),
    },
  ]);

  const first = await stack.cloud.fireTrigger('care', 'bookLeftovers');
  expect(first.result).toMatchObject({ ok: true, data: { booked: 3, failed: 0, more: false } });
  // A second run finds nothing left and changes nothing.
  const second = await stack.cloud.fireTrigger('care', 'bookLeftovers');
  expect(second.result).toMatchObject({ ok: true, data: { booked: 0 } });

  const rows = new Map(raw<Row>(stack, 'careMonthly', { year: YEAR }).map((r) => [r._id, r]));
  for (const id of ids) {
    const r = rows.get(id);
    const m = monthOf(r, MONTH);
    const was = before.get(id) ?? monthOf(undefined, MONTH);
    expect([id, m.visits, m.visitValueFen, m.reliefCases, m.reliefFen, r?.bookedIds ?? []]).toEqual([
      id,
      was.visits + 2,
      was.visitValueFen + 1334,
      was.reliefCases + 1,
      was.reliefFen + 50_000,
      [],
    ]);
  }
  const booked = (c: string, id: string) => raw<{ monthlyBooked: boolean }>(stack, c, { _id: id })[0]?.monthlyBooked;
  expect([
    booked('visits', 'leftover-visit-1'),
    booked('visits', 'leftover-visit-2'),
    booked('assistance', 'leftover-payment'),
    booked('visits', 'fresh-visit'),
  ]).toEqual([true, true, true, false]);
});
