/** @jest-environment node */
import { logVisit } from '../../../types/care/visits';
import { monthOf, type CareMonthlyDoc } from '../../../types/care/monthly';
import type { Stack } from '../../support/stack';
import { careStack, P, raw } from './care-stack';

jest.setTimeout(180_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
  // CloudBase-like round trips, so the 50 calls' transactions really overlap.
  stack.cloud.setLatency({ db: 10 });
});
afterAll(() => stack.close());

type Row = CareMonthlyDoc & { bookedIds?: string[] };

it('50 visits logged at once in one street-month: every one succeeds and the monthly figures are exact', async () => {
  const street = 's-10';
  const inStreet = raw<{ _id: string; orgPath: string[] }>(stack, 'veterans', {
    'orgPath.1': street,
    lifeStatus: 'in_district',
  });
  expect(inStreet.length).toBeGreaterThan(20);
  // 50 visits to the street's veterans (some visited twice), as a campaign day brings them.
  const vets = Array.from({ length: 50 }, (_, i) => inStreet[i % inStreet.length]);
  const month = '2025-06';
  const year = month.slice(0, 4);
  const rowsBefore = new Map(raw<Row>(stack, 'careMonthly', { year }).map((r) => [r._id, monthOf(r, month)]));

  const answers = await Promise.all(
    vets.map((v, i) =>
      stack.call(
        logVisit,
        {
          veteranId: v._id,
          date: '2025-06-14',
          kind: 'festival',
          visitors: ['黄丽娟'],
          findings: '身体健康',
          goods: '慰问品',
          goodsValueFen: 10_000 + i,
          moneyFen: 0,
        },
        P.streetA,
      ),
    ),
  );
  expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.error.code))).toEqual([]);

  // Expected figures: the rows before, plus what each visit added at its street, community and grid.
  const expected = new Map<string, { visits: number; visitValueFen: number }>();
  vets.forEach((v, i) => {
    for (const id of [
      `street:${v.orgPath[1]}:${year}`,
      `community:${v.orgPath[2]}:${year}`,
      `grid:${v.orgPath[3]}:${year}`,
    ]) {
      const base = expected.get(id) ?? {
        visits: rowsBefore.get(id)?.visits ?? 0,
        visitValueFen: rowsBefore.get(id)?.visitValueFen ?? 0,
      };
      expected.set(id, { visits: base.visits + 1, visitValueFen: base.visitValueFen + 10_000 + i });
    }
  });
  const afterRows = new Map(raw<Row>(stack, 'careMonthly', { year }).map((r) => [r._id, r]));
  const after = new Map([...afterRows].map(([id, r]) => [id, monthOf(r, month)]));
  for (const [id, figures] of expected) {
    expect([id, after.get(id)?.visits, after.get(id)?.visitValueFen]).toEqual([
      id,
      figures.visits,
      figures.visitValueFen,
    ]);
  }
  // Every visit is booked, and the rows keep no booking tokens once their visits are.
  expect(raw(stack, 'visits', { monthlyBooked: false })).toHaveLength(0);
  for (const id of expected.keys()) expect(afterRows.get(id)?.bookedIds ?? []).toEqual([]);
  expect(after.get(`street:${street}:${year}`)?.visits).toBe(
    (rowsBefore.get(`street:${street}:${year}`)?.visits ?? 0) + 50,
  );
});
