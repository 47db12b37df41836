/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import {
  editNotice,
  gridUnreadList,
  listNotices,
  markNoticeRead,
  noticeDetail,
  publishNotice,
  receiptSummary,
  withdrawNotice,
} from '../../../types/notices/contracts';
import { myGroups, openGroup } from '../../../types/groups/contracts';
import { loadGroupWorld, G1, G2 } from './world';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

const notice = {
  title: '优待证申领',
  body: '本月起可在服务站申领优待证，请带身份证。',
  category: '优待证' as const,
  expiresInDays: 30,
};

it('a grid member publishes to their grid with one write; its veterans see it unread; another grid never does', async () => {
  const { res, writes } = await stack.metered(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gm1');
  expect(res.ok).toBe(true);
  expect(writes).toBe(1);
  const id = (res as { data: { noticeId: string } }).data.noticeId;
  expect(await stack.ok(listNotices, {}, 'wx-bound')).toMatchObject({
    unread: 1,
    items: [
      {
        id,
        title: '优待证申领',
        unread: true,
        publisherLabel: '第三网格网格员',
        scopeName: '南屏镇 永济社区 第三网格',
      },
    ],
  });
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).items).toEqual([
    expect.objectContaining({ type: 'notice', id }),
  ]);
  expect((await stack.ok(myGroups, {}, 'wx-bound')).totalUnread).toBe(1);
  expect(await stack.ok(listNotices, {}, 'wx-vet-g2')).toMatchObject({ unread: 0, items: [] });
  expect((await stack.ok(openGroup, { groupId: G2 }, 'wx-vet-g2')).items).toEqual([]);
  expect(await stack.call(noticeDetail, { noticeId: id }, 'wx-vet-g2')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await stack.call(markNoticeRead, { noticeId: id }, 'wx-vet-g2')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

it.each([
  ['a grid member cannot publish to the community', 'wx-gm1', 'c1', 'FORBIDDEN'],
  ['a grid member cannot publish to another grid', 'wx-gm1', 'g2', 'FORBIDDEN'],
  ['a veteran cannot publish', 'wx-bound', 'g1', 'FORBIDDEN'],
  ['a street admin cannot publish to another street', 'wx-street-admin', 's2', 'FORBIDDEN'],
  ['a unit is not a scope', 'wx-district-admin', 'u-recruit', 'NOT_FOUND'],
])('%s', async (_l, openid, scopeOrgId, code) => {
  const { res, writes } = await stack.metered(publishNotice, { ...notice, scopeOrgId }, openid);
  expect(res).toMatchObject({ ok: false, error: { code } });
  expect(writes).toBe(0);
});

it('read receipts: counts over the bound veterans in scope, acknowledgements, and the names a grid member must call', async () => {
  const { noticeId } = await stack.ok(
    publishNotice,
    { ...notice, scopeOrgId: 's1', requireAck: true },
    'wx-street-admin',
  );
  expect(await stack.ok(receiptSummary, { noticeId }, 'wx-street-admin')).toEqual({
    noticeId,
    audience: 3,
    read: 0,
    unread: 3,
    acked: 0,
    requireAck: true,
  });
  expect(await stack.call(receiptSummary, { noticeId }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await stack.ok(markNoticeRead, { noticeId }, 'wx-bound');
  const again = await stack.metered(markNoticeRead, { noticeId }, 'wx-bound');
  expect(again.writes).toBe(0);
  await stack.ok(markNoticeRead, { noticeId, ack: true }, 'wx-vet-g2');
  await stack.ok(markNoticeRead, { noticeId }, 'wx-gm1');
  expect(await stack.ok(receiptSummary, { noticeId }, 'wx-street-admin')).toMatchObject({
    audience: 3,
    read: 2,
    unread: 1,
    acked: 1,
  });
  expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({
    unread: false,
    needsMyAck: true,
    acked: false,
    canSeeReceipts: false,
  });
  const list = await stack.ok(gridUnreadList, { noticeId }, 'wx-gm1');
  expect(list).toEqual({ gridName: '第三网格', items: [{ name: '陈志明', phoneMasked: '135****5678' }] });
  const revealed = await stack.metered(gridUnreadList, { noticeId, reveal: true }, 'wx-gm1');
  expect(revealed.res).toMatchObject({ ok: true, data: { items: [{ name: '陈志明', phone: '13512345678' }] } });
  expect(revealed.writes).toBe(1);
  expect(await stack.call(gridUnreadList, { noticeId, gridId: 'g1' }, 'wx-gm-other')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

it('editing shows a revision; withdrawing takes it off every list and card', async () => {
  const { noticeId } = await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gm1');
  expect(await stack.call(editNotice, { noticeId, ...notice, title: '改' }, 'wx-gm-other')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await stack.call(editNotice, { noticeId, ...notice, title: '改' }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.ok(editNotice, { noticeId, ...notice, title: '优待证申领（更正）' }, 'wx-gm1')).toEqual({
    revision: 2,
  });
  expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({
    title: '优待证申领（更正）',
    revision: 2,
    editedAt: '2026-03-01T02:00:00.000Z',
  });
  await stack.ok(withdrawNotice, { noticeId }, 'wx-street-admin');
  expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({
    withdrawn: true,
    title: '该通知已撤回',
    body: '',
  });
  expect((await stack.ok(listNotices, {}, 'wx-bound')).unread).toBe(0);
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).items).toEqual([
    expect.objectContaining({ type: 'notice', withdrawn: true, title: '' }),
  ]);
});

it('subscribe messages go out after publishing, only where an authorisation is left, one per authorisation', async () => {
  await stack.subscribe('wx-bound', { notice: 'accept' });
  await stack.subscribe('wx-vet-g2', { notice: 'accept' });
  await stack.subscribe('wx-bound-2', { notice: 'reject' });
  await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gm1');
  stack.cloud.clock.advance(1000);
  await stack.ok(publishNotice, { ...notice, title: '第二条', scopeOrgId: 'g1' }, 'wx-gm1');
  expect(stack.cloud.outbox()).toHaveLength(0);
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  // wx-bound had one authorisation: one message for two notices. wx-vet-g2 is outside the scope; wx-bound-2 refused.
  expect(stack.cloud.outbox().map((m) => [m.touser, m.templateId, m.data.thing1.value])).toEqual([
    ['wx-bound', 'local-tmpl-notice', '优待证申领'],
  ]);
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  expect(stack.cloud.outbox()).toHaveLength(1);
  expect(await stack.call(publishNotice, { ...notice, scopeOrgId: 'g1' }, null)).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

it('the app cannot run the notification sweep: it is a timer job, not an action', async () => {
  await stack.subscribe('wx-bound', { notice: 'accept' });
  await stack.ok(publishNotice, { ...notice, title: '只由定时任务提醒', scopeOrgId: 'g1' }, 'wx-gm1');
  const before = stack.cloud.outbox().length;
  for (const openid of [undefined, 'wx-bound']) {
    const asAction = await stack.cloud.invoke(
      'notices',
      { action: 'dispatchNoticeNotifications', input: {}, userInfo: {} },
      openid ? { OPENID: openid } : {},
    );
    expect(asAction).toMatchObject({ result: { ok: false, error: { code: 'UNKNOWN_ACTION' } } });
    const asTimer = await stack.cloud.invoke(
      'notices',
      { Type: 'Timer', TriggerName: 'dispatchNotifications', userInfo: {} },
      openid ? { OPENID: openid } : {},
    );
    expect(asTimer).toMatchObject({ result: { ok: false, error: { code: 'FORBIDDEN' } } });
  }
  expect(stack.cloud.outbox()).toHaveLength(before);
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  expect(stack.cloud.outbox().length).toBeGreaterThan(before);
});
