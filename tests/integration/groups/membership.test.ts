/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { localSdk } from '../../../scripts/seed-local';
import { myGroups, openGroup, postMessage, markGroupRead, groupMembers } from '../../../types/groups/contracts';
import { loadGroupWorld, G1, G2 } from './world';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

it('a bound veteran is in their grid group and no other; the grid team and the staff above read it', async () => {
  expect((await stack.ok(myGroups, {}, 'wx-bound')).items.map((g) => g.id)).toEqual([G1]);
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).group).toMatchObject({
    name: '第三网格群',
    placeName: '南屏镇 永济社区',
    abilities: { canPost: true, canPin: false },
  });
  expect(await stack.call(openGroup, { groupId: G2 }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-gm1')).group.abilities).toMatchObject({
    canPost: true,
    canPin: true,
    canSetMode: false,
  });
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-gl')).group.abilities).toMatchObject({ canSetMode: true });
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-street-admin')).group.abilities).toMatchObject({
    canRead: true,
    canPost: false,
    canPin: true,
  });
  expect(await stack.call(openGroup, { groupId: G1 }, 'wx-gm-other')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(openGroup, { groupId: G1 }, 'wx-stranger')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(openGroup, { groupId: G1 }, null)).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  // Existence never leaks (issue 13 item 4): a group that does not exist answers a veteran exactly as
  // another grid's group does; only staff over the whole district are told it does not exist.
  expect(await stack.call(openGroup, { groupId: 'grid__nope' }, 'wx-bound')).toEqual(
    await stack.call(openGroup, { groupId: G2 }, 'wx-bound'),
  );
  expect(await stack.call(openGroup, { groupId: 'grid__nope' }, 'wx-district-admin')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

it('moving a file to another grid moves its veteran between groups with no other write', async () => {
  await stack.ok(postMessage, { groupId: G2, text: '第一网格的消息' }, 'wx-vet-g2');
  const db = localSdk(stack.cloud).database();
  await db
    .collection('veterans')
    .doc('v-bound')
    .update({ data: { gridId: 'g2', orgPath: ['d', 's1', 'c1', 'g2'] } });
  expect((await stack.ok(myGroups, {}, 'wx-bound')).items.map((g) => g.id)).toEqual([G2]);
  expect(await stack.call(openGroup, { groupId: G1 }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const opened = await stack.ok(openGroup, { groupId: G2 }, 'wx-bound');
  expect(opened.items.map((i) => i.type === 'message' && i.text)).toContain('第一网格的消息');
  expect((await stack.ok(groupMembers, { groupId: G2 }, 'wx-gm-other')).items.map((m) => m.name)).toEqual(
    expect.arrayContaining(['李建军', '刘海军']),
  );
});

it('unread counts what others posted since the reader last looked; marking read clears it', async () => {
  await stack.ok(postMessage, { groupId: G1, text: '大家好' }, 'wx-gm1');
  stack.cloud.clock.advance(1000);
  await stack.ok(postMessage, { groupId: G1, text: '<b>不是标记</b>' }, 'wx-gm1');
  const mine = await stack.ok(myGroups, {}, 'wx-bound');
  expect(mine).toMatchObject({ totalUnread: 2, items: [{ id: G1, unread: 2 }] });
  const opened = await stack.ok(openGroup, { groupId: G1 }, 'wx-bound');
  expect(opened.unread).toBe(2);
  // Text comes back exactly as typed: the app shows it as text, never as markup.
  expect(opened.items[0]).toMatchObject({
    type: 'message',
    text: '<b>不是标记</b>',
    senderName: '钱网格员',
    senderLabel: '网格员',
    mine: false,
  });
  expect(await stack.ok(markGroupRead, { groupId: G1, key: opened.items[0].key }, 'wx-bound')).toEqual({ unread: 0 });
  expect((await stack.ok(myGroups, {}, 'wx-bound')).totalUnread).toBe(0);
  // The sender's own message is never unread to them.
  expect((await stack.ok(myGroups, {}, 'wx-gm1')).totalUnread).toBe(0);
  expect((await stack.ok(myGroups, {}, 'wx-vet-g2')).totalUnread).toBe(0);
});
