/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import {
  groupHistory,
  openGroup,
  postMessage,
  recallMessage,
  setAnnouncement,
  setAnnouncementsOnly,
  syncGroup,
} from '../../../types/groups/contracts';
import { loadGroupWorld, G1 } from './world';

jest.setTimeout(30_000);
let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

it('the sender recalls within 2 minutes; others then see a recalled message without its text', async () => {
  const { item } = await stack.ok(postMessage, { groupId: G1, text: '发错了' }, 'wx-bound');
  expect(item.recallableUntil).toBe('2026-03-01T02:02:00.000Z');
  const { cursor } = await stack.ok(openGroup, { groupId: G1 }, 'wx-gm1');
  expect(await stack.call(recallMessage, { messageId: item.key }, 'wx-gm1')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  stack.cloud.clock.advance(119_000);
  expect((await stack.ok(recallMessage, { messageId: item.key }, 'wx-bound')).item).toMatchObject({
    recalled: true,
    text: '',
  });
  const synced = await stack.ok(syncGroup, { groupId: G1, cursor }, 'wx-gm1');
  expect(synced.items).toEqual([
    expect.objectContaining({ key: item.key, recalled: true, text: '', senderName: '李建军' }),
  ]);

  const late = (await stack.ok(postMessage, { groupId: G1, text: '晚了' }, 'wx-bound')).item;
  stack.cloud.clock.advance(120_001);
  const { res, writes } = await stack.metered(recallMessage, { messageId: late.key }, 'wx-bound');
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'PRECONDITION_FAILED', message: '只能撤回2分钟内发送的消息' },
  });
  expect(writes).toBe(0);
});

it('announcements-only: the leader switches it on, veterans can no longer post, the team still can', async () => {
  expect(await stack.call(setAnnouncementsOnly, { groupId: G1, on: true }, 'wx-gm1')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(setAnnouncementsOnly, { groupId: G1, on: true }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await stack.ok(setAnnouncementsOnly, { groupId: G1, on: true }, 'wx-gl')).group.announcementsOnly).toBe(true);
  const { res, writes } = await stack.metered(postMessage, { groupId: G1, text: '我想问一下' }, 'wx-bound');
  expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '本群目前仅允许网格员发布公告' } });
  expect(writes).toBe(0);
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).group.abilities.canPost).toBe(false);
  await stack.ok(postMessage, { groupId: G1, text: '本周五体检通知' }, 'wx-gm1');
  await stack.ok(setAnnouncementsOnly, { groupId: G1, on: false }, 'wx-street-admin');
  await stack.ok(postMessage, { groupId: G1, text: '收到' }, 'wx-bound');
});

it('the grid team and staff above pin an announcement shown on top; veterans cannot', async () => {
  expect(await stack.call(setAnnouncement, { groupId: G1, text: '置顶' }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  await stack.ok(setAnnouncement, { groupId: G1, text: '每月5日为走访日，有事请拨打网格员电话。' }, 'wx-gm1');
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).group.announcement).toMatchObject({
    text: '每月5日为走访日，有事请拨打网格员电话。',
    byName: '钱网格员',
  });
  await stack.ok(setAnnouncement, { groupId: G1, text: null }, 'wx-street-admin');
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).group.announcement).toBeNull();
});

it('20 messages a minute per user, then RATE_LIMITED with nothing written; the next minute is open again', async () => {
  for (let i = 0; i < 20; i++) await stack.ok(postMessage, { groupId: G1, text: `第${i + 1}条` }, 'wx-bound');
  const { res, writes } = await stack.metered(postMessage, { groupId: G1, text: '第21条' }, 'wx-bound');
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'RATE_LIMITED', message: expect.stringContaining('每分钟最多发送20条') },
  });
  expect(writes).toBe(0);
  await stack.ok(postMessage, { groupId: G1, text: '别人不受影响' }, 'wx-bound-2');
  stack.cloud.clock.advance(60_001);
  await stack.ok(postMessage, { groupId: G1, text: '第21条' }, 'wx-bound');
});

it('content check, length and emptiness are refused before anything is stored', async () => {
  for (const [input, code, field] of [
    [{ groupId: G1, text: '一起去赌博吧' }, 'CONTENT_REJECTED', 'text'],
    [{ groupId: G1, text: '长'.repeat(501) }, 'INVALID_INPUT', 'text'],
    [{ groupId: G1, text: '   ' }, 'INVALID_INPUT', 'text'],
    [
      { groupId: G1, text: '看图', imageFileId: 'cloud://vetgrid-local.x/groups/grid__g2/a.png' },
      'INVALID_INPUT',
      'imageFileId',
    ],
    [{ groupId: G1, text: '@', mentions: ['v:v-g2'] }, 'INVALID_INPUT', 'mentions'],
  ] as const) {
    const { res, writes } = await stack.metered(postMessage, input as never, 'wx-bound');
    expect(res).toMatchObject({ ok: false, error: { code, field } });
    expect(writes).toBe(0);
  }
});

it('history pages backwards 20 at a time; sync returns only what is new', async () => {
  for (let i = 1; i <= 45; i++) {
    await stack.ok(postMessage, { groupId: G1, text: `消息${i}` }, i % 2 ? 'wx-bound' : 'wx-bound-2');
    stack.cloud.clock.advance(4_000);
  }
  const first = await stack.ok(openGroup, { groupId: G1 }, 'wx-gm1');
  expect(first.items.map((i) => i.type === 'message' && i.text)).toEqual(
    Array.from({ length: 20 }, (_, k) => `消息${45 - k}`),
  );
  expect(first.hasMore).toBe(true);
  const second = await stack.ok(groupHistory, { groupId: G1, before: first.items[19].key }, 'wx-gm1');
  expect(second.items.map((i) => i.type === 'message' && i.text)).toEqual(
    Array.from({ length: 20 }, (_, k) => `消息${25 - k}`),
  );
  const third = await stack.ok(groupHistory, { groupId: G1, before: second.items[19].key }, 'wx-gm1');
  expect(third).toMatchObject({ hasMore: false, items: { length: 5 } });

  stack.cloud.clock.advance(10_000);
  expect((await stack.ok(syncGroup, { groupId: G1, cursor: first.cursor }, 'wx-gm1')).items).toEqual([]);
  await stack.ok(postMessage, { groupId: G1, text: '新消息' }, 'wx-bound');
  const synced = await stack.ok(syncGroup, { groupId: G1, cursor: first.cursor }, 'wx-gm1');
  expect(synced.items.map((i) => i.type === 'message' && i.text)).toEqual(['新消息']);
});

it('@mention sends a subscribe message only to a mentioned member who left an authorisation', async () => {
  await stack.subscribe('wx-gl', { mention: 'accept' });
  const { item } = await stack.ok(
    postMessage,
    { groupId: G1, text: '@赵网格长 @陈志明 请问补贴什么时候发？', mentions: ['s:st-gl', 'v:v-bound-2'] },
    'wx-bound',
  );
  expect(item.mentions).toEqual([
    { key: 'v:v-bound-2', name: '陈志明' },
    { key: 's:st-gl', name: '赵网格长' },
  ]);
  expect(stack.cloud.outbox().map((m) => m.touser)).toEqual(['wx-gl']);
  await stack.ok(postMessage, { groupId: G1, text: '@赵网格长 再问一次', mentions: ['s:st-gl'] }, 'wx-bound');
  expect(stack.cloud.outbox()).toHaveLength(1);
});
