/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { mySubscriptions, recordSubscription } from '../../../types/notify/subscriptions';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack();
});
afterEach(() => stack.close());

it('each accepted template adds one authorisation; rejected and banned add none', async () => {
  const before = await stack.ok(mySubscriptions, {}, 'wx-a');
  expect(before.items.map((i) => [i.key, i.remaining])).toEqual([
    ['notice', 0],
    ['mention', 0],
    ['requestProgress', 0],
    ['reportProgress', 0],
    ['partyMeeting', 0],
    ['activityReminder', 0],
  ]);
  expect(before.items[0].templateId).toBe('local-tmpl-notice');
  await stack.ok(recordSubscription, { results: { notice: 'accept', mention: 'reject' } }, 'wx-a');
  const after = await stack.ok(recordSubscription, { results: { notice: 'accept', requestProgress: 'ban' } }, 'wx-a');
  expect(Object.fromEntries(after.items.map((i) => [i.key, i.remaining]))).toEqual({
    notice: 2,
    mention: 0,
    requestProgress: 0,
    reportProgress: 0,
    partyMeeting: 0,
    activityReminder: 0,
  });
  expect((await stack.ok(mySubscriptions, {}, 'wx-b')).items[0].remaining).toBe(0);
});

it('an unknown template is refused and nothing is written; no identity is refused', async () => {
  const { res, writes } = await stack.metered(recordSubscription, { results: { nope: 'accept' } } as never, 'wx-a');
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(writes).toBe(0);
  expect(await stack.call(mySubscriptions, {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});
