/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
let _: any;
const get = async (id: string) => (await db.collection('people').doc(id).get()).data;

beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES });
  db = h.sdk;
  _ = db.command;
});
afterAll(() => h.close());
beforeEach(async () => {
  h.db.reset();
  await db.collection('people').add({
    data: { _id: 'p', n: 5, name: 'x', profile: { a: 1, b: 2 }, list: [3, 1, 2], set: ['a'], old: 'o', junk: 1 },
  });
});

describe('doc(id).update(): merge semantics and update operators', () => {
  test('nested objects merge (flattened to dot paths); _.set() replaces the sub-object', async () => {
    expect(
      await db
        .collection('people')
        .doc('p')
        .update({ data: { profile: { b: 3, c: 4 } } }),
    ).toEqual({
      stats: { updated: 1 },
      errMsg: 'document.update:ok',
    });
    expect((await get('p')).profile).toEqual({ a: 1, b: 3, c: 4 });
    await db
      .collection('people')
      .doc('p')
      .update({ data: { profile: _.set({ z: 1 }) } });
    expect((await get('p')).profile).toEqual({ z: 1 });
  });

  test('inc / mul / min / max / remove / rename', async () => {
    await db
      .collection('people')
      .doc('p')
      .update({
        data: {
          n: _.inc(2),
          profile: { a: _.mul(10), b: _.min(0) },
          top: _.max(7),
          junk: _.remove(),
          old: _.rename('renamed'),
        },
      });
    const doc = await get('p');
    expect(doc).toMatchObject({ n: 7, profile: { a: 10, b: 0 }, top: 7, renamed: 'o' });
    expect(doc).not.toHaveProperty('junk');
    expect(doc).not.toHaveProperty('old');
  });

  test('push (values; each/position/slice/sort), pop, shift, unshift', async () => {
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.push([9]) } });
    expect((await get('p')).list).toEqual([3, 1, 2, 9]);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.push({ each: [0], position: 0, sort: 1, slice: 3 }) } });
    expect((await get('p')).list).toEqual([0, 1, 2]);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.pop() } });
    expect((await get('p')).list).toEqual([0, 1]);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.shift() } });
    expect((await get('p')).list).toEqual([1]);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.unshift([7, 8]) } });
    expect((await get('p')).list).toEqual([7, 8, 1]);
  });

  test('addToSet / pull / pullAll', async () => {
    await db
      .collection('people')
      .doc('p')
      .update({ data: { set: _.addToSet('a') } });
    await db
      .collection('people')
      .doc('p')
      .update({ data: { set: _.addToSet({ $each: ['b', 'c'] }) } });
    expect((await get('p')).set).toEqual(['a', 'b', 'c']);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { set: _.pull('b') } });
    expect((await get('p')).set).toEqual(['a', 'c']);
    await db
      .collection('people')
      .doc('p')
      .update({ data: { list: _.pullAll([1, 2]) } });
    expect((await get('p')).list).toEqual([3]);
  });

  test('an update that changes nothing answers updated 0; a missing document answers updated 0', async () => {
    expect(
      (
        await db
          .collection('people')
          .doc('p')
          .update({ data: { name: 'x' } })
      ).stats.updated,
    ).toBe(0);
    expect(
      (
        await db
          .collection('people')
          .doc('ghost')
          .update({ data: { name: 'y' } })
      ).stats.updated,
    ).toBe(0);
    await expect(get('ghost')).rejects.toBeDefined();
  });
});

describe('doc(id).set(): replace, upsert, operators refused', () => {
  test('set() replaces the whole document (fields not given are gone) and answers {_id, stats}', async () => {
    const res = await db
      .collection('people')
      .doc('p')
      .set({ data: { only: 1 } });
    expect(res).toEqual({ _id: 'p', errMsg: 'document.set:ok', stats: { updated: 1, created: 0 } });
    expect(await get('p')).toEqual({ _id: 'p', only: 1 });
  });

  test('set() of a missing id creates it (stats.created 1)', async () => {
    const res = await db
      .collection('people')
      .doc('fresh')
      .set({ data: { v: 1 } });
    expect(res.stats).toEqual({ updated: 0, created: 1 });
    expect(await get('fresh')).toEqual({ _id: 'fresh', v: 1 });
  });

  test('set() with an update operator is refused', async () => {
    await expect(
      db
        .collection('people')
        .doc('p')
        .set({ data: { n: _.inc(1) } }),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('update operator complicit'),
    });
  });

  test('set() refuses operators that reach the server too (raw wire body)', async () => {
    const meta = { meter: { read: () => undefined, write: () => undefined } };
    const body = {
      collectionName: 'people',
      queryType: 'DOC',
      query: '{"_id":"p"}',
      data: '{"$inc":{"n":1}}',
      merge: false,
      upsert: true,
    };
    await expect(h.db.handle('database.modifyDocument', body, meta)).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
  });

  test('_id cannot be changed by an update', async () => {
    const meta = { meter: { read: () => undefined, write: () => undefined } };
    const body = {
      collectionName: 'people',
      queryType: 'DOC',
      query: '{"_id":"p"}',
      data: '{"$set":{"_id":"q"}}',
      merge: true,
    };
    await expect(h.db.handle('database.modifyDocument', body, meta)).rejects.toMatchObject({
      message: expect.stringContaining('_id'),
    });
  });
});

describe('where().update() / where().remove() / doc.remove()', () => {
  beforeEach(async () => {
    await db
      .collection('people')
      .add({ data: [1, 2, 3].map((k) => ({ _id: `k${k}`, k, group: k < 3 ? 'lo' : 'hi' })) });
  });

  test('where().update() updates every match and answers stats.updated', async () => {
    const res = await db
      .collection('people')
      .where({ group: 'lo' })
      .update({ data: { seen: true } });
    expect(res).toEqual({ stats: { updated: 2 }, errMsg: 'collection.update:ok' });
    expect((await db.collection('people').where({ seen: true }).count()).total).toBe(2);
  });

  test('where().remove() removes every match, ignoring limit, and answers stats.removed', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); // the SDK warns about limit
    const res = await db.collection('people').where({ group: 'lo' }).limit(1).remove();
    expect(res).toEqual({ stats: { removed: 2 }, errMsg: 'collection.remove:ok' });
    expect((await db.collection('people').count()).total).toBe(2);
    warn.mockRestore();
  });

  test('doc(id).remove() answers stats.removed 1, then 0 once gone', async () => {
    expect(await db.collection('people').doc('k3').remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
    expect((await db.collection('people').doc('k3').remove()).stats.removed).toBe(0);
  });
});
