/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES });
  db = h.sdk;
});
afterAll(() => h.close());

test('200 concurrent _.inc(1) on one document through parallel SDK calls give exactly 200', async () => {
  await db.collection('people').add({ data: { _id: 'counter', n: 0 } });
  const results = await Promise.all(
    Array.from({ length: 200 }, () =>
      db
        .collection('people')
        .doc('counter')
        .update({ data: { n: db.command.inc(1) } }),
    ),
  );
  expect(results.every((r: any) => r.stats.updated === 1)).toBe(true);
  expect((await db.collection('people').doc('counter').get()).data.n).toBe(200);
  // A correctness test, not a timed one: on a loaded CI machine 200 serialised writes
  // through the gateway took over 5 s (stop 20), which Jest's default called a failure.
}, 60_000);

test('100 concurrent add() of the same _id: exactly one succeeds, the rest are duplicate writes', async () => {
  const outcomes = await Promise.allSettled(
    Array.from({ length: 100 }, (_, i) => db.collection('people').add({ data: { _id: 'once', i } })),
  );
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
  expect(failures.every((f) => String(f.reason.errMsg).includes('DuplicateWrite'))).toBe(true);
}, 60_000);
