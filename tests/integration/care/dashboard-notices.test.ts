/** @jest-environment node */
import { dashboardOverview } from '../../../types/dashboard/overview';
import { listNotices, markNoticeRead } from '../../../types/notices/contracts';
import { localSdk } from '../../../scripts/seed-local';
import type { Stack } from '../../support/stack';
import { careStack, dateOf, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
});
afterAll(() => stack.close());

const AT = { district: 'orgPath.0', street: 'orgPath.1', community: 'orgPath.2', grid: 'gridId' } as const;

/** Notices to the node or below in the period, and Σ read / Σ audience, from a raw scan of the store. */
function expected(id: string, from: string, to: string) {
  const lo = Date.parse(`${from}-01T00:00:00+08:00`);
  const [y, m] = to.split('-').map(Number);
  const hi = Date.parse(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`);
  const notices = raw(stack, 'notices').filter(
    (n) =>
      n.scopePath.includes(id) && n.status === 'published' && dateOf(n.createdAt) >= lo && dateOf(n.createdAt) < hi,
  );
  const veterans = raw(stack, 'veterans').filter((v) => v.lifeStatus === 'in_district' && v.openid);
  const receipts = raw(stack, 'noticeReceipts').filter((r) => r.readerKind === 'veteran');
  let audience = 0;
  let read = 0;
  for (const n of notices) {
    const field = AT[n.scopeKind as keyof typeof AT];
    audience += veterans.filter(
      (v) => (field === 'gridId' ? v.gridId : v.orgPath[Number(field.slice(-1))]) === n.scopeOrgId,
    ).length;
    read += receipts.filter((r) => r.noticeId === n._id).length;
  }
  return { sent: notices.length, read, audience, readRate: audience ? read / audience : 0 };
}

it('the notices read rate and its counts (read of how many reached) match a raw scan, and go up when a veteran reads one', async () => {
  const period = { from: '2024-07', to: '2025-06' };
  const before = await stack.ok(dashboardOverview, period, P.streetA);
  const want = expected('s-10', period.from, period.to);
  expect(want.sent).toBeGreaterThan(0);
  expect(before.notices?.sent).toBe(want.sent);
  expect(before.notices?.readRate).toBeCloseTo(want.readRate, 10);
  // The rate comes with what it is of, so 「阅读率 0.0%」 is never shown without context.
  expect(before.notices?.audience).toBe(want.audience);
  expect(before.notices?.read).toBe(want.read);

  const unread = (await stack.ok(listNotices, {}, P.veteranA)).items.find((n) => n.unread);
  expect(unread).toBeDefined();
  await stack.ok(markNoticeRead, { noticeId: unread!.id }, P.veteranA);
  const after = await stack.ok(dashboardOverview, period, P.streetA);
  expect(after.notices?.readRate).toBeGreaterThan(before.notices!.readRate);
  expect(after.notices?.readRate).toBeCloseTo(expected('s-10', period.from, period.to).readRate, 10);
  expect(after.notices?.read).toBe(before.notices!.read + 1);
});

it("each notice's read count equals its veterans' receipts in a raw count, and the rebuild job recounts a count left wrong", async () => {
  const period = { from: '2024-07', to: '2025-06' };
  const receiptsOf = (id: string) =>
    raw(stack, 'noticeReceipts').filter((r) => r.noticeId === id && r.readerKind === 'veteran').length;
  // A second read of the same notice and a 确认 add no receipt, so they add nothing to the count.
  const read = (await stack.ok(listNotices, {}, P.veteranA)).items.find((n) => !n.unread);
  expect(read).toBeDefined();
  await stack.ok(markNoticeRead, { noticeId: read!.id }, P.veteranA);
  for (const n of raw(stack, 'notices')) expect(n.readCount ?? 0).toBe(receiptsOf(n._id));

  const counted = raw(stack, 'notices').find((n) => n.scopePath.includes('s-10') && (n.readCount ?? 0) > 0);
  expect(counted).toBeDefined();
  const db = localSdk(stack.cloud).database();
  await db
    .collection('notices')
    .doc(counted!._id)
    .update({ data: { readCount: 500 } });
  const wrong = await stack.ok(dashboardOverview, period, P.streetA);
  expect(wrong.notices?.read).not.toBe(expected('s-10', period.from, period.to).read);

  const run = await stack.cloud.fireTrigger('ledger', 'rebuildRollups');
  expect(run.result).toMatchObject({ ok: true });
  for (const n of raw(stack, 'notices')) expect(n.readCount ?? 0).toBe(receiptsOf(n._id));
  const right = await stack.ok(dashboardOverview, period, P.streetA);
  expect(right.notices?.read).toBe(expected('s-10', period.from, period.to).read);
});
