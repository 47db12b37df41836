/** @jest-environment node */
/**
 * Who a notice reaches, asked of every place that answers it: the 通知 list, the detail, the grid group's
 * timeline and unread count, the reminder sweep, the receipt counts and a grid's unread list. The expected
 * reach is written from the product (PRODUCT.md, journey 2: a notice to a node reaches every grid under it
 * and nothing beside it), not from the code; the audience is the bound veterans living in the district.
 */
import { startStack, type Stack } from '../../support/stack';
import { account, load, org, validId, veteranFile } from '../../support/fixtures';
import { loadGroupWorld } from '../groups/world';
import { myGroups, openGroup } from '../../../types/groups/contracts';
import { gridGroupId } from '../../../types/groups/model';
import {
  gridUnreadList,
  listNotices,
  noticeDetail,
  publishNotice,
  receiptSummary,
  withdrawNotice,
} from '../../../types/notices/contracts';
import { templateIdOf } from '../../../types/notify/templates';

jest.setTimeout(120_000);

let stack: Stack;
const ids: Record<string, string> = {};

/** The group world (g1: wx-bound, wx-bound-2; g2: wx-vet-g2), a grid of the other street with a bound veteran
 * (g3: wx-vet-g3), and a bound veteran of g1 whose file says moved out of the district (wx-moved). */
beforeAll(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  const d = await loadGroupWorld(stack);
  const c2 = org('c2', 'community', '朝阳社区', d.orgs.find((o) => o._id === 's2')!);
  const g3 = org('g3', 'grid', '第二网格', c2);
  const g1 = d.orgs.find((o) => o._id === 'g1')!;
  const moved = veteranFile('v-moved', '何建国', validId('1958-04-04', 51), '13312345678', g1, 'wx-moved');
  moved.lifeStatus = 'moved_out';
  const extra = [veteranFile('v-g3', '林国强', validId('1961-06-06', 61), '13412345678', g3, 'wx-vet-g3'), moved];
  await load(stack.cloud, {
    orgs: [c2, g3],
    veterans: extra,
    accounts: extra.map((v) => account(v.openid as string, v._id, [])),
  });
  const fields = { body: '请按时参加。', category: '政策宣传' as const, expiresInDays: 30 };
  const publish = async (title: string, scopeOrgId: string, openid: string) => {
    ids[title] = (await stack.ok(publishNotice, { ...fields, title, scopeOrgId }, openid)).noticeId;
  };
  await publish('全区通知', 'd', 'wx-district-admin');
  await publish('南屏镇通知', 's1', 'wx-street-admin');
  await publish('第三网格通知', 'g1', 'wx-gl');
  await publish('第一网格通知', 'g2', 'wx-gm-other');
});
afterAll(() => stack.close());

const REACHED = {
  'wx-bound': { grid: 'g1', titles: ['全区通知', '南屏镇通知', '第三网格通知'] },
  'wx-vet-g2': { grid: 'g2', titles: ['全区通知', '南屏镇通知', '第一网格通知'] },
  'wx-vet-g3': { grid: 'g3', titles: ['全区通知'] },
};
const sorted = (xs: string[]) => [...xs].sort();

it.each(Object.entries(REACHED))(
  '%s sees the same notices in the 通知 list, the detail and the grid group',
  async (openid, { grid, titles }) => {
    const list = await stack.ok(listNotices, {}, openid);
    expect(sorted(list.items.map((n) => n.title))).toEqual(sorted(titles));
    expect(list.unread).toBe(titles.length);
    const group = await stack.ok(openGroup, { groupId: gridGroupId(grid) }, openid);
    expect(sorted(group.items.flatMap((i) => (i.type === 'notice' ? [i.title] : [])))).toEqual(sorted(titles));
    expect((await stack.ok(myGroups, {}, openid)).totalUnread).toBe(titles.length);
    for (const [title, id] of Object.entries(ids)) {
      const detail = await stack.call(noticeDetail, { noticeId: id }, openid);
      expect([title, detail.ok]).toEqual([title, titles.includes(title)]);
    }
  },
);

it('the reminder sweep reaches the same people: the audience and the staff under the scope, never a file moved out', async () => {
  const everyone = [
    'wx-bound',
    'wx-bound-2',
    'wx-vet-g2',
    'wx-vet-g3',
    'wx-moved',
    'wx-gl',
    'wx-gm-other',
    'wx-street-admin',
  ];
  // Four one-time authorisations each: enough for every notice that reaches them.
  for (const openid of everyone) for (let i = 0; i < 4; i++) await stack.subscribe(openid, { notice: 'accept' });
  await stack.cloud.fireTrigger('notices', 'dispatchNotifications');
  const got = new Map<string, string[]>();
  for (const m of stack.cloud.outbox({ templateId: templateIdOf('notice', true) }))
    got.set(m.touser, [...(got.get(m.touser) ?? []), m.data.thing1.value]);
  const received = Object.fromEntries([...got].map(([who, titles]) => [who, sorted(titles)]));
  expect(received).toEqual({
    'wx-bound': sorted(REACHED['wx-bound'].titles),
    'wx-bound-2': sorted(REACHED['wx-bound'].titles),
    'wx-vet-g2': sorted(REACHED['wx-vet-g2'].titles),
    'wx-vet-g3': sorted(REACHED['wx-vet-g3'].titles),
    // Staff are reached through their seat, never by their own notice: the leader published 第三网格通知,
    // the other grid's member 第一网格通知, the street's staff 南屏镇通知; a grid's notice stays in the grid.
    'wx-gl': sorted(['全区通知', '南屏镇通知']),
    'wx-gm-other': sorted(['全区通知', '南屏镇通知']),
    'wx-street-admin': ['全区通知'],
  });
});

it('receipts count the same audience: bound veterans living under the scope', async () => {
  const audience = async (title: string) =>
    (await stack.ok(receiptSummary, { noticeId: ids[title] }, 'wx-district-admin')).audience;
  expect(await audience('全区通知')).toBe(4);
  expect(await audience('南屏镇通知')).toBe(3);
  expect(await audience('第三网格通知')).toBe(2);
  expect(await audience('第一网格通知')).toBe(1);
  const unread = await stack.ok(gridUnreadList, { noticeId: ids['南屏镇通知'], gridId: 'g1' }, 'wx-gl');
  expect(unread.items.map((p) => p.name).sort()).toEqual(['李建军', '陈志明'].sort());
  expect(
    await stack.call(gridUnreadList, { noticeId: ids['第一网格通知'], gridId: 'g1' }, 'wx-street-admin'),
  ).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
});

it('the 通知 list and the group card show a notice alike; once withdrawn, neither hands out its words', async () => {
  const shown = async () => {
    const item = (await stack.ok(listNotices, {}, 'wx-bound')).items.find((n) => n.id === ids['第三网格通知'])!;
    const card = (await stack.ok(openGroup, { groupId: gridGroupId('g1') }, 'wx-bound')).items.find(
      (i) => i.type === 'notice' && i.id === ids['第三网格通知'],
    )!;
    return { item, card };
  };
  const same = ['id', 'title', 'summary', 'category', 'scopeName', 'publisherLabel', 'createdAt', 'withdrawn'];
  const pick = (o: object) => Object.fromEntries(same.map((k) => [k, (o as Record<string, unknown>)[k]]));
  const before = await shown();
  expect(pick(before.item)).toMatchObject({
    title: '第三网格通知',
    summary: '请按时参加。',
    publisherLabel: '第三网格网格长',
  });
  expect(pick(before.card)).toEqual(pick(before.item));

  await stack.ok(withdrawNotice, { noticeId: ids['第三网格通知'] }, 'wx-gl');
  const after = await shown();
  expect(pick(after.item)).toMatchObject({ title: '', summary: '', withdrawn: true });
  expect(pick(after.card)).toEqual(pick(after.item));
});
