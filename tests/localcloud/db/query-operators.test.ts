/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
let _: any;
const ids = async (where: unknown, coll = 'people'): Promise<string[]> =>
  (await db.collection(coll).where(where).orderBy('_id', 'asc').get()).data.map((d: any) => d._id);

beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES });
  db = h.sdk;
  _ = db.command;
  await db.collection('people').add({
    data: [
      {
        _id: 'a',
        n: 1,
        name: 'Alice',
        tags: ['x', 'y'],
        addr: { city: 'zh', zip: 1 },
        at: new Date('2024-01-01T00:00:00Z'),
        scores: [{ s: 5 }, { s: 9 }],
      },
      {
        _id: 'b',
        n: 2,
        name: 'bob',
        tags: ['y'],
        addr: { city: 'gz', zip: 2 },
        at: new Date('2024-06-01T00:00:00Z'),
        scores: [{ s: 1 }],
      },
      { _id: 'c', n: 3, name: 'Carol', tags: [], addr: { city: 'zh', zip: 3 }, nil: null },
      { _id: 'd', n: 4, name: 'dave', flag: true },
    ],
  });
});
afterAll(() => h.close());

describe('query operators as the SDK serialises them', () => {
  test('eq / neq (neq also matches documents without the field)', async () => {
    expect(await ids({ n: _.eq(2) })).toEqual(['b']);
    expect(await ids({ name: _.neq('bob') })).toEqual(['a', 'c', 'd']);
  });

  test('gt / gte / lt / lte and and() chains on one field', async () => {
    expect(await ids({ n: _.gt(1).and(_.lte(3)) })).toEqual(['b', 'c']);
    expect(await ids({ n: _.gte(3) })).toEqual(['c', 'd']);
    expect(await ids({ n: _.lt(2) })).toEqual(['a']);
  });

  test('in / nin', async () => {
    expect(await ids({ n: _.in([1, 4]) })).toEqual(['a', 'd']);
    expect(await ids({ n: _.nin([1, 4]) })).toEqual(['b', 'c']);
  });

  test('exists / mod / size / all / elemMatch', async () => {
    expect(await ids({ flag: _.exists(true) })).toEqual(['d']);
    expect(await ids({ n: _.mod([2, 0]) })).toEqual(['b', 'd']);
    expect(await ids({ tags: _.size(2) })).toEqual(['a']);
    expect(await ids({ tags: _.all(['x', 'y']) })).toEqual(['a']);
    expect(await ids({ scores: _.elemMatch({ s: _.gt(8) }) })).toEqual(['a']);
  });

  test('equality on an array field matches an element', async () => {
    expect(await ids({ tags: 'y' })).toEqual(['a', 'b']);
  });

  test('or / nor / not / and across fields', async () => {
    expect(await ids(_.or([{ n: 1 }, { name: 'dave' }]))).toEqual(['a', 'd']);
    expect(await ids({ n: _.or(_.eq(1), _.eq(3)) })).toEqual(['a', 'c']);
    expect(await ids(_.nor([{ n: 1 }, { n: 2 }]))).toEqual(['c', 'd']);
    expect(await ids({ n: _.not(_.gt(2)) })).toEqual(['a', 'b']);
    expect(await ids(_.and([{ n: _.gt(1) }, { 'addr.city': 'zh' }]))).toEqual(['c']);
  });

  test('nested objects in where() are flattened to dot paths (match sub-fields, not the whole object)', async () => {
    expect(await ids({ addr: { city: 'zh' } })).toEqual(['a', 'c']);
    expect(await ids({ 'addr.zip': _.gte(2) })).toEqual(['b', 'c']);
  });

  test('null matches null and missing fields', async () => {
    expect(await ids({ nil: null })).toEqual(['a', 'b', 'c', 'd']);
    expect(await ids({ nil: _.exists(true) })).toEqual(['c']);
  });

  test('db.RegExp with options and a JS RegExp (its "g" flag ignored)', async () => {
    expect(await ids({ name: db.RegExp({ regexp: '^b', options: 'i' }) })).toEqual(['b']);
    expect(await ids({ name: /^[a-c]/gi })).toEqual(['a', 'b', 'c']);
  });

  test('dates compare as dates', async () => {
    expect(await ids({ at: _.gt(new Date('2024-03-01T00:00:00Z')) })).toEqual(['b']);
    expect(await ids({ at: new Date('2024-01-01T00:00:00Z') })).toEqual(['a']);
  });

  test('orderBy on several fields, missing values first ascending', async () => {
    const res = await db.collection('people').orderBy('addr.city', 'asc').orderBy('n', 'desc').get();
    expect(res.data.map((d: any) => d._id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('db.serverDate()', () => {
  test('uses the injected clock, plus its offset, in add() and update()', async () => {
    const clock = new Date('2030-01-02T03:04:05.000Z');
    const local = await startHarness({ indexes: TEST_INDEXES, clock: () => clock });
    try {
      const sdk = local.sdk;
      const { _id } = await sdk.collection('people').add({ data: { at: sdk.serverDate() } });
      await sdk
        .collection('people')
        .doc(_id)
        .update({ data: { later: sdk.serverDate({ offset: 60_000 }) } });
      const { data } = await sdk.collection('people').doc(_id).get();
      expect(data.at).toEqual(clock);
      expect(data.later).toEqual(new Date(clock.getTime() + 60_000));
      expect(
        (
          await sdk
            .collection('people')
            .where({ at: sdk.command.lte(sdk.serverDate()) })
            .count()
        ).total,
      ).toBe(1);
    } finally {
      await local.close();
    }
  });
});
