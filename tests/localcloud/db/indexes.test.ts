/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
const usesIndex = (plan: string[], index: string) => plan.some((l) => l.includes(`USING INDEX ix_${index}`));
const scans = (plan: string[]) => plan.some((l) => /^SCAN /.test(l));
const sortsInTemp = (plan: string[]) => plan.some((l) => l.includes('TEMP B-TREE'));

beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES });
  db = h.sdk;
  const t0 = Date.UTC(2024, 0, 1);
  h.db.importDocuments(
    'messages',
    Array.from({ length: 3000 }, (_, i) => ({
      _id: `m${i}`,
      groupId: `g${i % 30}`,
      createdAt: new Date(t0 + i * 60_000),
      text: `hello ${i}`,
    })),
  );
  h.db.importDocuments(
    'items',
    Array.from({ length: 2000 }, (_, i) => ({
      _id: `i${i}`,
      orgPath: ['d', `s${i % 4}`, `c${i % 12}`, `g${i % 40}`],
      status: i % 3 ? 'active' : 'left',
      score: i,
    })),
  );
});
afterAll(() => h.close());

describe('indexes declared in localcloud/indexes/ are real SQLite indexes', () => {
  test('newest 20 of one group: the (groupId, createdAt desc) index answers, no scan, no sort step', async () => {
    const plan = h.db.explain('messages', { groupId: 'g7' }, [['createdAt', -1]]);
    expect(usesIndex(plan, 'messages__group_time')).toBe(true);
    expect(scans(plan)).toBe(false);
    expect(sortsInTemp(plan)).toBe(false);
    const res = await db.collection('messages').where({ groupId: 'g7' }).orderBy('createdAt', 'desc').limit(20).get();
    expect(res.data).toHaveLength(20);
    expect(res.data[0]._id).toBe('m2977');
    expect(res.data.every((m: any, k: number) => k === 0 || m.createdAt < res.data[k - 1].createdAt)).toBe(true);
  });

  test('a date range on the indexed date uses the index and compares as dates', async () => {
    const from = new Date(Date.UTC(2024, 0, 1) + 2900 * 60_000);
    const plan = h.db.explain('messages', { groupId: 'g7', createdAt: { $gte: from } }, [['createdAt', -1]]);
    expect(usesIndex(plan, 'messages__group_time')).toBe(true);
    const res = await db
      .collection('messages')
      .where({ groupId: 'g7', createdAt: db.command.gte(from) })
      .get();
    expect(res.data.map((m: any) => m._id).sort()).toEqual(['m2917', 'm2947', 'm2977']);
  });

  test('array-element paths (orgPath.3) and compound keys: grid + status counted from the index', async () => {
    const plan = h.db.explain('items', { 'orgPath.3': 'g5', status: 'active' });
    expect(usesIndex(plan, 'items__grid_status')).toBe(true);
    expect(scans(plan)).toBe(false);
    const expected = Array.from({ length: 2000 }, (_, i) => i).filter((i) => i % 40 === 5 && i % 3 !== 0).length;
    expect((await db.collection('items').where({ 'orgPath.3': 'g5', status: 'active' }).count()).total).toBe(expected);
    expect(
      (
        await db
          .collection('items')
          .where({ orgPath: db.command.exists(true), 'orgPath.3': 'g5', status: 'active' })
          .count()
      ).total,
    ).toBe(expected);
  });

  test('$in and ranges on an indexed number use the index', async () => {
    expect(usesIndex(h.db.explain('items', { score: { $in: [3, 4] } }), 'items__score')).toBe(true);
    expect(usesIndex(h.db.explain('items', { score: { $gt: 10, $lte: 20 } }), 'items__score')).toBe(true);
    expect(
      (
        await db
          .collection('items')
          .where({ score: db.command.gt(10).and(db.command.lte(20)) })
          .count()
      ).total,
    ).toBe(10);
  });

  test('$or under an indexed prefix: the index narrows it and the or decides (a place in line, ties by id)', async () => {
    const t = new Date(Date.UTC(2024, 0, 1) + 1507 * 60_000); // m1507 (group g7)
    const _ = db.command;
    await db.collection('messages').add({ data: { _id: 'tie-a', groupId: 'g7', createdAt: t, text: 'tie' } });
    await db.collection('messages').add({ data: { _id: 'tie-c', groupId: 'g7', createdAt: t, text: 'tie' } });
    try {
      const ahead = (id: string) =>
        _.and([{ groupId: 'g7', createdAt: _.lte(t) }, _.or([{ createdAt: _.lt(t) }, { _id: _.lt(id) }])]);
      const filter = {
        groupId: 'g7',
        createdAt: { $lte: t },
        $or: [{ createdAt: { $lt: t } }, { _id: { $lt: 'tie-b' } }],
      };
      expect(usesIndex(h.db.explain('messages', filter), 'messages__group_time')).toBe(true);
      // Before t: i = 7, 37, ... 1477 (50 of them); at t: m1507 and tie-a sort before tie-b, tie-c after.
      expect((await db.collection('messages').where(ahead('tie-b')).count()).total).toBe(52);
      expect((await db.collection('messages').where(ahead('a')).count()).total).toBe(50);
      const found = await db.collection('messages').where(ahead('tie-b')).orderBy('createdAt', 'desc').limit(3).get();
      expect(found.data.map((m: any) => m._id).sort()).toEqual(['m1477', 'm1507', 'tie-a']);
      // A branch on a path no index knows still answers right (SQL narrows by group only, mingo decides).
      const loose = _.and([
        { groupId: 'g7' },
        _.or([{ text: 'tie' }, { createdAt: _.lt(new Date(Date.UTC(2024, 0, 1) + 100 * 60_000)) }]),
      ]);
      expect((await db.collection('messages').where(loose).count()).total).toBe(2 + 4);
    } finally {
      await db.collection('messages').where({ text: 'tie' }).remove();
    }
  });

  test('a query no index covers still works (scan + mingo)', async () => {
    expect(scans(h.db.explain('messages', { text: 'hello 42' }))).toBe(true);
    const res = await db
      .collection('messages')
      .where({ text: db.RegExp({ regexp: '^hello 42$' }) })
      .get();
    expect(res.data.map((m: any) => m._id)).toEqual(['m42']);
  });

  test('once an indexed path holds an array, answers stay right (MongoDB multikey semantics)', async () => {
    await db
      .collection('items')
      .add({ data: { _id: 'multi', orgPath: ['d', 's0', 'c0', 'gX'], status: ['active', 'vip'], score: [1, 99999] } });
    expect((await db.collection('items').where({ status: 'vip' }).get()).data.map((d: any) => d._id)).toEqual([
      'multi',
    ]);
    expect(
      (
        await db
          .collection('items')
          .where({ score: db.command.gt(50000) })
          .get()
      ).data.map((d: any) => d._id),
    ).toEqual(['multi']);
    await db.collection('items').doc('multi').remove();
  });

  test('the index and the value kinds survive a restart of the file store', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcdb-'));
    const { LocalDatabase } = await import('../../../localcloud/db');
    const first = new LocalDatabase({ file: path.join(dir, 'db.sqlite'), indexes: TEST_INDEXES });
    first.importDocuments('messages', [{ _id: 'x', groupId: 'g', createdAt: new Date(1) }]);
    first.close();
    const again = new LocalDatabase({ file: path.join(dir, 'db.sqlite'), indexes: TEST_INDEXES });
    expect(scans(again.explain('messages', { groupId: 'g' }, [['createdAt', -1]]))).toBe(false);
    expect(again.browse('messages', '{"groupId":"g"}', 0, 10).total).toBe(1);
    again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
