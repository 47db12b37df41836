/** @jest-environment node */
/**
 * What a refused subscribe message does to the app's own count of authorisations (WeChat's answers,
 * subscribeMessage.send): 43101 means WeChat holds no authorisation for that person, so the app's count
 * becomes 0 (it must not say one is left); 47003 means the message's data broke a keyword's rule: it is
 * recorded and not sent again, and the authorisation (unused by WeChat) stays the person's.
 */
import { mySubscriptions, recordSubscription } from '../../../types/notify/subscriptions';
import { publishNotice } from '../../../types/notices/contracts';
import { APP_SUBSCRIBE_TEMPLATES } from '../../../localcloud/subscribe-templates';
import { templateIdOf } from '../../../types/notify/templates';
import { startStack, type Stack } from '../../support/stack';
import { loadGroupWorld } from '../groups/world';

let stack: Stack;
afterEach(() => stack.close());

const notice = { title: '优待证申领', body: '本月起可申领。', category: '优待证' as const, expiresInDays: 30 };
const remaining = async (openid: string) =>
  (await stack.ok(mySubscriptions, {}, openid)).items.find((i) => i.key === 'notice')?.remaining;
const deliveries = () =>
  stack.cloud.db.browse('notifyDeliveries', '{}', 0, 100).docs as { openid: string; status: string; errcode: number }[];

it('43101 (WeChat holds no authorisation): the count becomes 0 and nothing is sent', async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
  // The app recorded two accepts that WeChat never saw (or that were used up elsewhere).
  await stack.ok(recordSubscription, { results: { notice: 'accept' } }, 'wx-bound');
  await stack.ok(recordSubscription, { results: { notice: 'accept' } }, 'wx-bound');
  expect(await remaining('wx-bound')).toBe(2);
  await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gm1');
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  expect(stack.cloud.outbox()).toHaveLength(0);
  expect(await remaining('wx-bound')).toBe(0);
  expect(deliveries()).toEqual([
    expect.objectContaining({ openid: 'wx-bound', status: 'no_authorisation', errcode: 43101 }),
  ]);
});

it('47003 (data breaks a keyword rule): recorded, not retried, the authorisation kept', async () => {
  // The console's template differs from the code's: its second keyword is a phrase (5 Chinese characters).
  const id = templateIdOf('notice', true);
  stack = await startStack({
    clock: new Date('2026-03-01T02:00:00Z'),
    subscribeTemplates: { ...APP_SUBSCRIBE_TEMPLATES, [id]: ['thing1', 'phrase2', 'time3'] },
  });
  await loadGroupWorld(stack);
  await stack.subscribe('wx-bound', { notice: 'accept' });
  await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gm1');
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  expect(stack.cloud.outbox()).toHaveLength(0);
  expect(deliveries()).toEqual([
    expect.objectContaining({ openid: 'wx-bound', status: 'invalid_data', errcode: 47003 }),
  ]);
  expect(await remaining('wx-bound')).toBe(1);
  expect(stack.cloud.subscriptionsGranted('wx-bound', id)).toBe(1);
});
