/** @jest-environment node */
import { startHarness, TEST_INDEXES, type Harness } from './harness';

let h: Harness;
let db: any;
let $: any;

beforeAll(async () => {
  h = await startHarness({ indexes: TEST_INDEXES });
  db = h.sdk;
  $ = db.command.aggregate;
  await db.collection('people').add({
    data: [
      { _id: 'a', grid: 'g1', age: 60, tags: ['x', 'y'] },
      { _id: 'b', grid: 'g1', age: 70, tags: ['y'] },
      { _id: 'c', grid: 'g2', age: 80, tags: [] },
      { _id: 'd', grid: 'g3', age: 50, tags: ['x'] },
    ],
  });
  await db.collection('tags').add({
    data: [
      { _id: 'x', label: 'X' },
      { _id: 'y', label: 'Y' },
    ],
  });
});
afterAll(() => h.close());

const agg = () => db.collection('people').aggregate();

describe('aggregate().end() (action database.aggregateDocuments) answers {list}', () => {
  test('match + group with sum/avg/min/max/count/push/addToSet + sort', async () => {
    const res = await agg()
      .match({ age: db.command.gte(55) })
      .sort({ _id: 1 }) // $push keeps input order, which WeChat Cloud does not guarantee without a $sort
      .group({
        _id: '$grid',
        n: $.sum(1),
        total: $.sum('$age'),
        avg: $.avg('$age'),
        min: $.min('$age'),
        max: $.max('$age'),
        ids: $.push('$_id'),
        tagSets: $.addToSet('$grid'),
      })
      .sort({ _id: 1 })
      .end();
    expect(res.errMsg).toBe('collection.aggregate:ok');
    expect(res.list).toEqual([
      { _id: 'g1', n: 2, total: 130, avg: 65, min: 60, max: 70, ids: ['a', 'b'], tagSets: ['g1'] },
      { _id: 'g2', n: 1, total: 80, avg: 80, min: 80, max: 80, ids: ['c'], tagSets: ['g2'] },
    ]);
  });

  test('sort + skip + limit + project + addFields', async () => {
    const res = await agg()
      .sort({ age: -1 })
      .skip(1)
      .limit(2)
      .addFields({ older: $.gt(['$age', 65]) })
      .project({ _id: 1, older: 1 })
      .end();
    expect(res.list).toEqual([
      { _id: 'b', older: true },
      { _id: 'a', older: false },
    ]);
  });

  test('unwind + sortByCount', async () => {
    const res = await agg().unwind('$tags').sortByCount('$tags').end();
    expect(res.list).toHaveLength(2);
    expect(res.list).toEqual(
      expect.arrayContaining([
        { _id: 'x', count: 2 },
        { _id: 'y', count: 2 },
      ]),
    );
  });

  test('count', async () => {
    expect((await agg().match({ grid: 'g1' }).count('n').end()).list).toEqual([{ n: 2 }]);
  });

  test('lookup joins another collection', async () => {
    const res = await agg()
      .match({ _id: 'a' })
      .lookup({ from: 'tags', localField: 'tags', foreignField: '_id', as: 'tagDocs' })
      .end();
    expect(res.list[0].tagDocs).toEqual([
      { _id: 'x', label: 'X' },
      { _id: 'y', label: 'Y' },
    ]);
  });

  // The keyed path (localcloud/db/actions/aggregate.ts keyedLookups) must answer what MongoDB's $lookup does.
  test('lookups by _id after a match: array elements each match (those that match nothing add nothing), a missing field matches nothing', async () => {
    await db.collection('tags').add({ data: [{ _id: 'z', label: 'Z' }] });
    await db.collection('people').add({ data: [{ _id: 'f', grid: 'g2', tags: ['missing', 'x'], boss: 'a' }] });
    const res = await db
      .collection('people')
      .aggregate()
      .match({ grid: db.command.in(['g1', 'g2']) })
      .lookup({ from: 'tags', localField: 'tags', foreignField: '_id', as: 'tagDocs' })
      .lookup({ from: 'people', localField: 'boss', foreignField: '_id', as: 'bosses' })
      .sort({ _id: 1 })
      .project({ tagDocs: 1, bosses: 1 })
      .end();
    expect(res.list).toEqual([
      {
        _id: 'a',
        tagDocs: [
          { _id: 'x', label: 'X' },
          { _id: 'y', label: 'Y' },
        ],
        bosses: [],
      },
      { _id: 'b', tagDocs: [{ _id: 'y', label: 'Y' }], bosses: [] },
      { _id: 'c', tagDocs: [], bosses: [] },
      { _id: 'f', tagDocs: [{ _id: 'x', label: 'X' }], bosses: [{ _id: 'a', grid: 'g1', age: 60, tags: ['x', 'y'] }] },
    ]);
    await db.collection('tags').doc('z').remove();
    await db.collection('people').doc('f').remove();
  });

  test('a lookup by a single value joins the one document; one whose output replaces a later join field still joins by the old value', async () => {
    await db.collection('people').add({ data: [{ _id: 'e', grid: 'g9', boss: 'd', tags: ['y'] }] });
    const one = await db
      .collection('people')
      .aggregate()
      .match({ _id: 'e' })
      .lookup({ from: 'people', localField: 'boss', foreignField: '_id', as: 'bossDocs' })
      .limit(1)
      .end();
    expect(one.list).toEqual([
      { _id: 'e', grid: 'g9', boss: 'd', tags: ['y'], bossDocs: [{ _id: 'd', grid: 'g3', age: 50, tags: ['x'] }] },
    ]);
    // `tags` is replaced by the first lookup's output; the second joins by what the first put there.
    const chained = await db
      .collection('people')
      .aggregate()
      .match({ _id: 'e' })
      .lookup({ from: 'people', localField: 'boss', foreignField: '_id', as: 'tags' })
      .lookup({ from: 'tags', localField: 'tags', foreignField: '_id', as: 'tagDocs' })
      .project({ tagDocs: 1 })
      .end();
    expect(chained.list).toEqual([{ _id: 'e', tagDocs: [] }]);
    await db.collection('people').doc('e').remove();
  });

  // What the caller's load does (cloudfunctions/_kernel/caller.ts): ids computed by $addFields, then joined.
  test('lookups by fields that $addFields computed: a literal id (one beginning with $ too), an id concatenated from a field, and a missing field (null) joining nothing', async () => {
    await db.collection('tags').add({ data: [{ _id: '$x', label: 'dollar' }] });
    await db.collection('people').add({ data: [{ _id: 'g', boss: 'a' }] });
    const joined = (personId: string) =>
      db
        .collection('people')
        .aggregate()
        .match({ _id: personId })
        .addFields({
          tagKey: $.literal('$x'),
          plainKey: $.literal('y'),
          bossKey: $.concat([$.literal('b'), '$boss']),
        })
        .lookup({ from: 'tags', localField: 'tagKey', foreignField: '_id', as: 'dollarTags' })
        .lookup({ from: 'tags', localField: 'plainKey', foreignField: '_id', as: 'plainTags' })
        .lookup({ from: 'people', localField: 'bossKey', foreignField: '_id', as: 'bosses' })
        .project({ dollarTags: 1, plainTags: 1, bosses: 1, bossKey: 1 })
        .limit(1)
        .end();
    // 'g' has boss 'a': the concatenated key is 'ba', which no person has; 'h' below has boss 'e': 'be', which one has.
    expect((await joined('g')).list).toEqual([
      {
        _id: 'g',
        bossKey: 'ba',
        dollarTags: [{ _id: '$x', label: 'dollar' }],
        plainTags: [{ _id: 'y', label: 'Y' }],
        bosses: [],
      },
    ]);
    await db.collection('people').add({
      data: [
        { _id: 'be', grid: 'g7' },
        { _id: 'h', boss: 'e' },
      ],
    });
    expect((await joined('h')).list[0].bosses).toEqual([{ _id: 'be', grid: 'g7' }]);
    // 'c' has no boss: $concat of a missing field is null, and null joins nothing.
    expect((await joined('c')).list).toEqual([
      {
        _id: 'c',
        bossKey: null,
        dollarTags: [{ _id: '$x', label: 'dollar' }],
        plainTags: [{ _id: 'y', label: 'Y' }],
        bosses: [],
      },
    ]);
    for (const id of ['g', 'be', 'h']) await db.collection('people').doc(id).remove();
    await db.collection('tags').doc('$x').remove();
  });

  test('a lookup into a collection that does not exist is refused', async () => {
    await expect(
      db
        .collection('people')
        .aggregate()
        .match({ _id: 'a' })
        .lookup({ from: 'nosuch', localField: 'tags', foreignField: '_id', as: 'x' })
        .end(),
    ).rejects.toThrow(/nosuch|not exist/i);
  });

  test('without limit() at most 20 results come back', async () => {
    h.db.importDocuments(
      'messages',
      Array.from({ length: 30 }, (_, i) => ({ _id: `m${i}`, groupId: 'g', createdAt: new Date(i) })),
    );
    expect((await db.collection('messages').aggregate().match({ groupId: 'g' }).end()).list).toHaveLength(20);
    expect((await db.collection('messages').aggregate().match({ groupId: 'g' }).limit(25).end()).list).toHaveLength(25);
  });
});
