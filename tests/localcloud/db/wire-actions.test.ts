/** @jest-environment node */
import { EJSON } from 'bson';
import { LocalCloudError, LocalDatabase, sdkErrorBody } from '../../../localcloud/db';
import { TEST_INDEXES } from './harness';

/** Actions the current SDK surface rarely or never sends, driven with the wire bodies found in its source. */
let db: LocalDatabase;
const meta = { requestId: 'r1', meter: { read: () => undefined, write: () => undefined } };
const call = (action: string, body: Record<string, unknown>) => db.handle(action, body, meta);
const ej = (v: unknown) => EJSON.stringify(v, { relaxed: false });

beforeEach(async () => {
  db = new LocalDatabase({ indexes: TEST_INDEXES });
  await call('database.insertDocument', {
    collectionName: 'people',
    data: [ej({ _id: 'a', n: 1, k: 'x' }), ej({ _id: 'b', n: 2, k: 'x' })],
  });
});
afterEach(() => db.close());

test('where().update() with upsert and no match inserts the query fields plus the update (answers upsert_id)', async () => {
  const res = (await call('database.modifyDocument', {
    collectionName: 'people',
    queryType: 'WHERE',
    query: ej({ k: 'new' }),
    data: ej({ $set: { n: 9 } }),
    multi: false,
    merge: true,
    upsert: true,
  })) as { data: { updated: number; upsert_id: string } };
  expect(res.data.updated).toBe(0);
  const got = (await call('database.getDocument', {
    collectionName: 'people',
    queryType: 'DOC',
    query: ej({ _id: res.data.upsert_id }),
  })) as { data: { list: string[] } };
  expect(EJSON.parse(got.data.list[0])).toEqual({ _id: res.data.upsert_id, k: 'new', n: 9 });
});

test('where().update() with multi:false updates only the first match', async () => {
  const res = (await call('database.modifyDocument', {
    collectionName: 'people',
    queryType: 'WHERE',
    query: ej({ k: 'x' }),
    data: ej({ $inc: { n: 10 } }),
    multi: false,
    merge: true,
  })) as { data: { updated: number } };
  expect(res.data.updated).toBe(1);
});

test('database.modifyAndReturnDoc (updateAndReturn) answers {updated, doc} with the document after the update', async () => {
  const res = (await call('database.modifyAndReturnDoc', {
    collectionName: 'people',
    queryType: 'WHERE',
    query: ej({ _id: 'b' }),
    data: ej({ $inc: { n: 5 } }),
  })) as {
    requestId: string;
    data: { updated: number; doc: string };
  };
  expect(res.requestId).toBe('r1');
  expect(res.data.updated).toBe(1);
  expect(EJSON.parse(res.data.doc)).toEqual({ _id: 'b', n: 7, k: 'x' });
});

test('legacy transaction actions (getInTransaction / updateDocInTransaction / deleteDocInTransaction) answer EJSON strings', async () => {
  const { transactionId } = (await call('database.startTransaction', {})) as { transactionId: string };
  const got = (await call('database.getInTransaction', { collectionName: 'people', transactionId, _id: 'a' })) as {
    data: string;
  };
  expect(EJSON.parse(got.data)).toEqual({ _id: 'a', n: 1, k: 'x' });
  const upd = (await call('database.updateDocInTransaction', {
    collectionName: 'people',
    transactionId,
    _id: 'a',
    data: ej({ $set: { n: 3 } }),
  })) as { updated: string };
  expect(EJSON.parse(upd.updated)).toBe(1);
  const del = (await call('database.deleteDocInTransaction', {
    collectionName: 'people',
    transactionId,
    _id: 'b',
  })) as { deleted: string };
  expect(EJSON.parse(del.deleted)).toBe(1);
  await call('database.commitTransaction', { transactionId });
  expect(db.browse('people', '', 0, 10).docs).toEqual([{ _id: 'a', n: 3, k: 'x' }]);
});

test('sdkErrorBody: {code, message, requestId}; an unexpected error becomes SYS_ERR', () => {
  expect(sdkErrorBody(new LocalCloudError('DATABASE_TRANSACTION_CONFLICT', 'conflict'), 'q')).toEqual({
    code: 'DATABASE_TRANSACTION_CONFLICT',
    message: 'conflict',
    requestId: 'q',
  });
  expect(sdkErrorBody(new TypeError('boom'), 'q')).toEqual({
    code: 'SYS_ERR',
    message: expect.stringContaining('boom'),
    requestId: 'q',
  });
});

test('malformed EJSON is refused with INVALID_PARAM', async () => {
  await expect(
    call('database.getDocument', { collectionName: 'people', queryType: 'WHERE', query: '{oops' }),
  ).rejects.toMatchObject({ code: 'INVALID_PARAM' });
});
