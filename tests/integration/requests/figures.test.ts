/** @jest-environment node */
import ExcelJS from 'exceljs';
import type { Stack } from '../../support/stack';
import { exportRequests, requestFigures, requestInbox } from '../../../types/requests/inbox';
import { countRequests, seededStack, who } from './support';

jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

describe('figures per district, street, community and grid', () => {
  it("the district's figures add up to the ledger, one row per street", async () => {
    const f = await stack.ok(requestFigures, {}, who.district);
    expect(f.node).toMatchObject({ id: 'd-xz', kind: 'district' });
    expect(f.rows).toHaveLength(10);
    expect(f.total.received).toBe(countRequests(stack));
    expect(f.total.solved).toBe(
      countRequests(stack, {
        outcome: { $in: ['closed_satisfied', 'closed_basic', 'closed_unsatisfied', 'closed_unrated'] },
      }),
    );
    expect(f.total.open).toBe(countRequests(stack, { active: 1 }));
    expect(f.rows.reduce((a, r) => a + r.received, 0)).toBe(f.total.received);
    expect(f.total.satisfactionRate).toBeGreaterThan(0.5);
    expect(f.total.medianAnswerHours).toBeGreaterThan(0);
  });

  it('a station sees its community with a row per grid, and may not see the district', async () => {
    const f = await stack.ok(requestFigures, {}, who.stationA);
    expect(f.node).toMatchObject({ id: 'c-10-01', kind: 'community' });
    expect(f.rows.map((r) => r.orgId)).toContain('g-10-01-3');
    expect(f.total.received).toBe(countRequests(stack, { 'orgPath.2': 'c-10-01' }));
    expect(await stack.call(requestFigures, { orgId: 'd-xz' }, who.stationA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stack.call(requestFigures, {}, who.veteranA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('the street area inbox lists every open request placed under it, urgent first', async () => {
    const inbox = await stack.ok(requestInbox, { scope: 'area' }, who.streetA);
    expect(inbox.total).toBe(countRequests(stack, { 'orgPath.1': 's-10', active: 1 }));
    const legacy = await stack.ok(requestInbox, { scope: 'area', legacy: true, state: 'open' }, who.district);
    expect(legacy.total).toBe(5);
    expect(legacy.items.every((i) => i.legacy)).toBe(true);
  });
});

describe('export to .xlsx', () => {
  it('the street exports its ledger; the file opens in Excel with one row per request', async () => {
    const out = await stack.ok(exportRequests, {}, who.streetA);
    expect(out.count).toBe(countRequests(stack, { 'orgPath.1': 's-10' }));
    const res = await fetch(out.url);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('诉求台账');
    expect(sheet?.getRow(1).getCell(1).value).toBe('诉求编号');
    expect(sheet?.rowCount).toBe(out.count + 1);
    expect(await stack.call(exportRequests, { orgId: 's-10' }, who.gridMemberA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
