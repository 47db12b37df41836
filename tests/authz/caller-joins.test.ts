/** @jest-environment node */
import { callerLoader } from '../../cloudfunctions/_kernel/action';
import { startHarness, type Harness } from '../localcloud/db/harness';

/**
 * `ctx.readWithCaller` (cloudfunctions/_kernel/action.ts, caller.ts): the documents an action is about, read in
 * the one database call that loads the caller, through the real SDK. What it must answer is what two plain
 * reads would: the thing by its id, and the caller's own record of it only if the file is the caller's.
 */
let h: Harness;
const PAST = new Date('2026-01-05T00:00:00Z');

beforeAll(async () => {
  h = await startHarness({
    indexes: { accounts: [], veterans: [], staff: [], supervisors: [], partyPosts: [], things: [], records: [] },
  });
  const account = (id: string, veteranId: string | null) => ({
    _id: id,
    veteranId,
    staffIds: [],
    supervisorIds: [],
    createdAt: PAST,
  });
  h.db.importDocuments('accounts', [account('o-li', 'v-li'), account('o-old', 'v-wang'), account('o-staff', null)]);
  h.db.importDocuments('veterans', [
    { _id: 'v-li', openid: 'o-li', name: '李卫国', gridId: 'g1', orgPath: ['d', 's', 'c', 'g1'] },
    // Bound to o-wang since: o-old's account still names it.
    { _id: 'v-wang', openid: 'o-wang', name: '王建军', gridId: 'g1', orgPath: ['d', 's', 'c', 'g1'] },
  ]);
  h.db.importDocuments('things', [
    { _id: 't1', title: '周末巡查' },
    { _id: '$t2', title: '以 $ 开头的编号' },
  ]);
  h.db.importDocuments('records', [
    { _id: 't1_v-li', by: 'v-li' },
    { _id: 't1_v-wang', by: 'v-wang' },
  ]);
});
afterAll(() => h.close());

const JOINS = { thing: { from: 'things', id: 't1' }, mine: { from: 'records', prefixOfFileId: 't1_' } };
/** How many database calls `run` made through the SDK. */
async function calls<T>(run: () => Promise<T>): Promise<{ value: T; calls: number }> {
  const before = h.sent.length;
  const value = await run();
  return { value, calls: h.sent.length - before };
}

test('the thing and the caller’s own record come with the caller, in one database call; caller() then reads nothing', async () => {
  const loader = callerLoader(h.sdk, 'o-li');
  const read = await calls(() => loader.readWithCaller(JOINS));
  expect(read.calls).toBe(1);
  expect(read.value).toEqual({ thing: { _id: 't1', title: '周末巡查' }, mine: { _id: 't1_v-li', by: 'v-li' } });
  const me = await calls(() => loader.caller());
  expect(me.calls).toBe(0);
  expect(me.value.veteran?._id).toBe('v-li');
  // The account as stored: nothing the join added shows in it.
  expect(me.value.account).toEqual({
    _id: 'o-li',
    veteranId: 'v-li',
    staffIds: [],
    supervisorIds: [],
    createdAt: PAST,
  });
});

test('a file bound to someone else since: its records are not the caller’s', async () => {
  const { thing, mine } = await callerLoader(h.sdk, 'o-old').readWithCaller(JOINS);
  expect(thing).toEqual({ _id: 't1', title: '周末巡查' });
  expect(mine).toBeNull();
});

test('a caller with no file, no account, or no identity still reads the thing; an id beginning with $ is an id', async () => {
  const staff = await callerLoader(h.sdk, 'o-staff').readWithCaller(JOINS);
  expect(staff).toEqual({ thing: { _id: 't1', title: '周末巡查' }, mine: null });
  const stranger = callerLoader(h.sdk, 'o-nobody');
  expect(await stranger.readWithCaller(JOINS)).toEqual({ thing: { _id: 't1', title: '周末巡查' }, mine: null });
  expect((await stranger.caller()).roles).toEqual([]);
  const anonymous = callerLoader(h.sdk, null);
  expect(await anonymous.readWithCaller({ thing: { from: 'things', id: '$t2' } })).toEqual({
    thing: { _id: '$t2', title: '以 $ 开头的编号' },
  });
  await expect(anonymous.caller()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  const dollar = await callerLoader(h.sdk, 'o-li').readWithCaller({
    thing: { from: 'things', id: '$t2' },
    none: { from: 'things', id: 'no-such' },
  });
  expect(dollar).toEqual({ thing: { _id: '$t2', title: '以 $ 开头的编号' }, none: null });
});

test('once the caller is loaded, the same documents are read by themselves', async () => {
  const loader = callerLoader(h.sdk, 'o-li');
  await loader.caller();
  const read = await calls(() => loader.readWithCaller(JOINS));
  expect(read.calls).toBe(2);
  expect(read.value).toEqual({ thing: { _id: 't1', title: '周末巡查' }, mine: { _id: 't1_v-li', by: 'v-li' } });
  const old = callerLoader(h.sdk, 'o-old');
  await old.caller();
  expect((await old.readWithCaller(JOINS)).mine).toBeNull();
});
