/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
const get = async (id: string) => (await db.collection('people').doc(id).get()).data;

beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES, transactionTimeoutMs: 3_000 });
  db = h.sdk;
});
afterAll(() => h.close());
beforeEach(async () => {
  h.db.reset();
  await db.collection('people').add({
    data: [
      { _id: 'acc1', balance: 100 },
      { _id: 'acc2', balance: 0 },
    ],
  });
});

describe('transactions (startTransaction / runTransaction)', () => {
  test('runTransaction: doc get/update/set/remove/add commit together and the callback result is returned', async () => {
    const out = await db.runTransaction(async (tx: any) => {
      const from = (await tx.collection('people').doc('acc1').get()).data;
      await tx
        .collection('people')
        .doc('acc1')
        .update({ data: { balance: from.balance - 30 } });
      await tx
        .collection('people')
        .doc('acc2')
        .set({ data: { balance: 30 } });
      await tx.collection('people').add({ data: { _id: 'log1', amount: 30 } });
      return 'moved';
    });
    expect(out).toBe('moved');
    expect((await get('acc1')).balance).toBe(70);
    expect(await get('acc2')).toEqual({ _id: 'acc2', balance: 30 });
    expect((await get('log1')).amount).toBe(30);
  });

  test('uncommitted writes are invisible to others, visible inside; commit makes them visible', async () => {
    const tx = await db.startTransaction();
    await tx
      .collection('people')
      .doc('acc1')
      .update({ data: { balance: 1 } });
    await tx.collection('people').add({ data: { _id: 'new' } });
    expect((await tx.collection('people').doc('acc1').get()).data.balance).toBe(1);
    expect((await get('acc1')).balance).toBe(100);
    await expect(get('new')).rejects.toBeDefined();
    await tx.commit();
    expect((await get('acc1')).balance).toBe(1);
    expect(await get('new')).toEqual({ _id: 'new' });
  });

  test('rollback leaves nothing', async () => {
    const tx = await db.startTransaction();
    await tx.collection('people').doc('acc1').remove();
    await tx.collection('people').add({ data: { _id: 'ghost' } });
    await tx.rollback();
    expect((await get('acc1')).balance).toBe(100);
    expect((await db.collection('people').count()).total).toBe(2);
  });

  test('a transaction overtaken by another write fails at commit with DATABASE_TRANSACTION_CONFLICT', async () => {
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    const b1 = (await t1.collection('people').doc('acc1').get()).data.balance;
    const b2 = (await t2.collection('people').doc('acc1').get()).data.balance;
    await t1
      .collection('people')
      .doc('acc1')
      .update({ data: { balance: b1 + 1 } });
    await t2
      .collection('people')
      .doc('acc1')
      .update({ data: { balance: b2 + 10 } });
    await t1.commit();
    await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect((await get('acc1')).balance).toBe(101);
  });

  test('a plain write between read and commit also conflicts', async () => {
    const tx = await db.startTransaction();
    await tx.collection('people').doc('acc2').get();
    await db
      .collection('people')
      .doc('acc2')
      .update({ data: { balance: 5 } });
    await tx
      .collection('people')
      .doc('acc1')
      .update({ data: { balance: 0 } });
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect((await get('acc1')).balance).toBe(100);
  });

  test('runTransaction retries on conflict: two concurrent read-modify-writes both land', async () => {
    const bump = (by: number) =>
      db.runTransaction(async (tx: any) => {
        const { data } = await tx.collection('people').doc('acc1').get();
        await new Promise((r) => setTimeout(r, 20));
        await tx
          .collection('people')
          .doc('acc1')
          .update({ data: { balance: data.balance + by } });
      });
    await Promise.all([bump(1), bump(10)]);
    expect((await get('acc1')).balance).toBe(111);
  });

  test('where() queries are refused inside a transaction', async () => {
    const tx = await db.startTransaction();
    await expect(tx.collection('people').where({ balance: 100 }).get()).rejects.toMatchObject({
      errCode: -502002,
      errMsg: expect.stringContaining('only doc(id)'),
    });
    await tx.rollback();
  });

  test('doc(id).get() of a missing document inside a transaction rejects like outside', async () => {
    await expect(
      db.runTransaction(async (tx: any) => tx.collection('people').doc('missing').get()),
    ).rejects.toMatchObject({ errMsg: expect.stringContaining('document with _id missing does not exist') });
  });

  test('add() of an existing _id inside a transaction is a duplicate write', async () => {
    const tx = await db.startTransaction();
    await expect(tx.collection('people').add({ data: { _id: 'acc1' } })).rejects.toMatchObject({
      errMsg: expect.stringContaining('E11000'),
    });
    await tx.rollback();
  });

  test('an abandoned transaction expires: later calls fail with DATABASE_TRANSACTION_FAIL and nothing is written', async () => {
    const tx = await db.startTransaction();
    await tx
      .collection('people')
      .doc('acc1')
      .update({ data: { balance: 0 } });
    await new Promise((r) => setTimeout(r, 3_300));
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
    expect((await get('acc1')).balance).toBe(100);
  });

  test('writes are metered at commit, one per document', async () => {
    h.meter.writes = 0;
    await db.runTransaction(async (tx: any) => {
      await tx
        .collection('people')
        .doc('acc1')
        .update({ data: { balance: 1 } });
      await tx
        .collection('people')
        .doc('acc2')
        .update({ data: { balance: 2 } });
    });
    expect(h.meter.writes).toBe(2);
  });
});
