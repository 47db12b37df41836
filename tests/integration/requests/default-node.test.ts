/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { acceptInvitation, issueInvitation } from '../../../types/account/staff';
import { coverage } from '../../../types/care/coverage';
import { dashboardOverview } from '../../../types/dashboard/overview';
import { ledgerStats } from '../../../types/ledger/search';
import { exportRequests, requestFigures, requestInbox } from '../../../types/requests/inbox';
import { countRequests, seededStack, who } from './support';

/**
 * Issue 17: which org node a view is about when the page names none. Station staff of c-10-01 who also take
 * a grid member's seat in a grid of another community (g-10-02-1, not on the line that approves their
 * station) hold two seats. Every overview (requests, ledger, care, dashboard) opens on the same node: the
 * wider one, their community, whose rows are its grids (PRODUCT.md: staff see their area). The grid seat is
 * the newer one, which an unordered read of their seats may give first.
 */
jest.setTimeout(90_000);
let stack: Stack;
const twoSeats = who.stationA;
const COMMUNITY = 'c-10-01';
const OTHER_GRID = 'g-10-02-1';

beforeAll(async () => {
  stack = await seededStack();
  const inv = await stack.ok(
    issueInvitation,
    { orgId: OTHER_GRID, role: 'grid_member', name: '两岗位', workPhone: '13500000031' },
    who.streetA,
  );
  await stack.ok(acceptInvitation, { code: inv.code }, twoSeats);
});
afterAll(() => stack.close());

describe('a person with two seats sees the same node in every overview', () => {
  it('the requests figures, inbox and export are about the community, as the ledger, care and dashboard are', async () => {
    const figures = await stack.ok(requestFigures, {}, twoSeats);
    const stats = await stack.ok(ledgerStats, {}, twoSeats);
    const care = await stack.ok(coverage, {}, twoSeats);
    const dashboard = await stack.ok(dashboardOverview, {}, twoSeats);
    expect({
      requests: figures.node.id,
      ledger: stats.total.id,
      care: care.node.id,
      dashboard: dashboard.node.id,
    }).toEqual({ requests: COMMUNITY, ledger: COMMUNITY, care: COMMUNITY, dashboard: COMMUNITY });

    const underCommunity = { 'orgPath.2': COMMUNITY };
    const area = await stack.ok(requestInbox, { scope: 'area', state: 'done' }, twoSeats);
    expect(area.total).toBe(countRequests(stack, { ...underCommunity, active: 0 }));
    expect(area.total).toBeGreaterThan(0);
    const exported = await stack.ok(exportRequests, {}, twoSeats);
    expect(exported.count).toBe(countRequests(stack, underCommunity));
    // The grid seat is still theirs when they name it.
    const grid = await stack.ok(requestFigures, { orgId: OTHER_GRID }, twoSeats);
    expect(grid.node).toMatchObject({ id: OTHER_GRID, kind: 'grid' });
  });

  it("the queue they handle by default is the community's", async () => {
    const queue = await stack.ok(requestInbox, { scope: 'queue', state: 'done' }, twoSeats);
    expect(queue.total).toBe(countRequests(stack, { handlerOrgId: COMMUNITY, active: 0 }));
  });
});
