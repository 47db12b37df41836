/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { requestInbox } from '../../../types/requests/inbox';
import { submitRequest } from '../../../types/requests/submit';
import { load } from '../../support/fixtures';
import type { RequestDoc } from '../../../types/requests/model';
import { countRequests, MONDAY_10, seededStack, stored, token, who } from './support';

/**
 * Issue 14: the inbox pages by number over a list that grows while staff read it. A request submitted
 * between two pages (an urgent one sorts first) must not push a request the reader has not seen onto
 * the page they already read: the pages after the first list what was there when the first was read.
 */
jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
  // The tiny district has fewer open requests than a page: 25 more, copies of closed ones made open, made
  // the day before the clock (as the seed's are), each with its own deadline (the inbox's order).
  const closed = stack.cloud.db.browse('requests', JSON.stringify({ active: 0 }), 0, 25).docs as { _id: string }[];
  const copies: RequestDoc[] = closed.map((d, i) => ({
    ...stored(stack, d._id),
    _id: `paging-${i}`,
    refNo: `SQ-20261129-${String(9000 + i)}`,
    active: 1,
    status: 'accepted',
    createdAt: new Date(MONDAY_10.getTime() - 86_400_000 + i * 60_000),
    dueAt: new Date(MONDAY_10.getTime() + (i + 1) * 86_400_000),
    priority: 0,
  }));
  expect(copies).toHaveLength(25);
  await load(stack.cloud, { requests: copies });
});
afterAll(() => stack.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

it('an urgent request submitted while the district pages its area shifts no page; a fresh first page shows it', async () => {
  const area = { scope: 'area' as const, state: 'open' as const };
  const first = await stack.ok(requestInbox, { ...area, page: 0 }, who.district);
  expect(first.total).toBe(countRequests(stack, { 'orgPath.0': 'd-xz', active: 1 }));
  expect(first.total).toBeGreaterThan(first.pageSize);
  const secondBefore = await stack.ok(requestInbox, { ...area, page: 1, asOf: first.asOf }, who.district);
  expect(secondBefore.items.length).toBeGreaterThan(0);

  stack.cloud.clock.set(new Date(MONDAY_10.getTime() + 60_000));
  const urgent = await stack.ok(
    submitRequest,
    {
      clientToken: token(),
      category: '优抚待遇',
      urgency: 'urgent',
      description: '老人住院急需办理医疗补助，请尽快联系。',
      contact: { method: 'phone', phone: '13912345678' },
    },
    who.veteranA,
  );

  const second = await stack.ok(requestInbox, { ...area, page: 1, asOf: first.asOf }, who.district);
  expect(ids(second)).toEqual(ids(secondBefore));
  expect(second.total).toBe(first.total);
  // Read afresh, the first page has it (urgent first) and the count with it.
  const fresh = await stack.ok(requestInbox, { ...area, page: 0 }, who.district);
  expect(ids(fresh)).toContain(urgent.id);
  expect(fresh.total).toBe(first.total + 1);
});
