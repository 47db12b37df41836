/** @jest-environment node */
import { dashboardExport, dashboardOverview } from '../../../types/dashboard/overview';
import { logVisit } from '../../../types/care/visits';
import type { Stack } from '../../support/stack';
import { DEFAULT_LEDGER_SETTINGS, isComplete } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import { careStack, dateOf, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
});
afterAll(() => stack.close());

type V = Record<string, any>;
/** The ledger's filing rule (a pure function of one file) applied here to every raw file of the store. */
const filed = (v: V) => isComplete(v as VeteranDoc, DEFAULT_LEDGER_SETTINGS);
const startOf = (month: string) => Date.parse(`${month}-01T00:00:00+08:00`);
const after = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

function expected(stack: Stack, depth: number, id: string, from: string, to: string) {
  const inNode = (d: V) => d.orgPath[depth] === id;
  const living = raw(stack, 'veterans').filter((v) => inNode(v) && v.lifeStatus === 'in_district');
  const lo = startOf(from);
  const hi = startOf(after(to));
  const visits = raw(stack, 'visits').filter((v) => inNode(v) && dateOf(v.date) >= lo && dateOf(v.date) < hi);
  const grants = raw(stack, 'assistance').filter(
    (a) =>
      inNode(a) &&
      a.kind === 'subsidy' &&
      a.status === 'disbursed' &&
      dateOf(a.disbursedAt) >= lo &&
      dateOf(a.disbursedAt) < hi,
  );
  return {
    veterans: living.length,
    filed: living.filter(filed).length,
    aged80: living.filter((v) => v.birthDate <= '1945-06-15').length,
    hardship: living.filter((v) => v.keyGroups?.hardship).length,
    contribution: living.filter((v) => v.keyGroups?.contribution).length,
    decorated: living.filter((v) => v.keyGroups?.decorated).length,
    keyGroupPeople: living.filter(
      (v) =>
        v.keyGroups?.hardship || v.keyGroups?.contribution || v.keyGroups?.decorated || v.birthDate <= '1945-06-15',
    ).length,
    visits: visits.length,
    visitValueFen: visits.reduce((s, v) => s + v.valueFen, 0),
    subsidies: grants.length,
    subsidyFen: grants.reduce((s, a) => s + a.disbursedFen, 0),
  };
}

/** Requests filed in the period, and those closed (not returned) in it with the share of rated ones satisfied. */
function expectedRequests(stack: Stack, depth: number, id: string, from: string, to: string) {
  const lo = startOf(from);
  const hi = startOf(after(to));
  const mine = raw(stack, 'requests').filter((r) => r.orgPath[depth] === id);
  const closed = mine.filter(
    (r) => String(r.outcome).startsWith('closed_') && r.closedAt && dateOf(r.closedAt) >= lo && dateOf(r.closedAt) < hi,
  );
  const rated = closed.filter((r) => r.outcome !== 'closed_unrated');
  const happy = rated.filter((r) => r.outcome !== 'closed_unsatisfied');
  return {
    received: mine.filter((r) => dateOf(r.createdAt) >= lo && dateOf(r.createdAt) < hi).length,
    solved: closed.length,
    satisfaction: rated.length ? Math.round((happy.length / rated.length) * 1000) / 1000 : null,
  };
}

describe('dashboard figures against a raw scan of the store', () => {
  it.each([
    ['the district', P.district, null, 0, 'd-xz'],
    ['a street (its own)', P.streetA, null, 1, 's-10'],
    ['a community drilled into by the district', P.district, 'c-10-01', 2, 'c-10-01'],
    ['a grid drilled into by the street', P.streetA, 'g-10-01-3', 3, 'g-10-01-3'],
  ])('%s', async (_l, who, orgId, depth, id) => {
    const out = await stack.ok(dashboardOverview, { orgId, from: '2019-01', to: '2025-06' }, who);
    expect(out.node.id).toBe(id);
    expect(out.total).toMatchObject(expected(stack, depth, id, '2019-01', '2025-06'));
    expect(out.total.veterans).toBeGreaterThan(0);
    for (const child of out.children)
      expect(child).toMatchObject(expected(stack, depth + 1, child.id, '2019-01', '2025-06'));
    expect(out.months.reduce((s, m) => s + m.visits, 0)).toBe(out.total.visits);
    expect(out.requests).toEqual(expectedRequests(stack, depth, id, '2019-01', '2025-06'));
  });

  it('requests count only those received, and closed, within the period', async () => {
    // One month: that of the oldest request in the store (the seed spreads them over recent months).
    const oldest = Math.min(...raw(stack, 'requests').map((r) => dateOf(r.createdAt)));
    const month = new Date(oldest + 8 * 3_600_000).toISOString().slice(0, 7);
    const [whole, half] = await Promise.all([
      stack.ok(dashboardOverview, { from: '2019-01', to: '2030-12' }, P.district),
      stack.ok(dashboardOverview, { from: month, to: month }, P.district),
    ]);
    expect(whole.requests).toEqual(expectedRequests(stack, 0, 'd-xz', '2019-01', '2030-12'));
    expect(half.requests).toEqual(expectedRequests(stack, 0, 'd-xz', month, month));
    expect(whole.requests!.received).toBe(raw(stack, 'requests').length);
    expect(half.requests!.received).toBeGreaterThan(0);
    expect(half.requests!.received).toBeLessThan(whole.requests!.received);
  });

  it('a period selects months', async () => {
    const out = await stack.ok(dashboardOverview, { from: '2024-01', to: '2024-06' }, P.district);
    expect(out.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
    expect(out.total).toMatchObject(expected(stack, 0, 'd-xz', '2024-01', '2024-06'));
  });

  it('a period across a new year takes only its months of each year (rows hold a node-year each)', async () => {
    const out = await stack.ok(dashboardOverview, { from: '2023-11', to: '2024-02' }, P.streetA);
    expect(out.months.map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(out.total).toMatchObject(expected(stack, 1, 's-10', '2023-11', '2024-02'));
    for (const child of out.children) expect(child).toMatchObject(expected(stack, 2, child.id, '2023-11', '2024-02'));
  });

  it("a new visit with a gift shows in the street's figures at once", async () => {
    const before = await stack.ok(dashboardOverview, {}, P.streetA);
    const v = raw(stack, 'veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })[0];
    await stack.ok(
      logVisit,
      {
        veteranId: v._id,
        date: '2025-06-15',
        kind: 'festival',
        visitors: ['黄丽娟'],
        findings: '端午节慰问',
        goodsValueFen: 15_000,
        moneyFen: 50_000,
      },
      P.gridMemberA,
    );
    const after = await stack.ok(dashboardOverview, {}, P.streetA);
    expect(after.total.visits).toBe(before.total.visits + 1);
    expect(after.total.visitValueFen).toBe(before.total.visitValueFen + 65_000);
    expect(after.months.at(-1)!.visits).toBe(before.months.at(-1)!.visits + 1);
    const all = await stack.ok(dashboardOverview, { from: '2019-01', to: '2025-06' }, P.streetA);
    expect(all.total).toMatchObject(expected(stack, 1, 's-10', '2019-01', '2025-06'));
  });

  it("refuses a node outside the caller's jurisdiction", async () => {
    const res = await stack.call(dashboardOverview, { orgId: 's-01' }, P.streetA);
    expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN');
  });

  it('exports a table as an .xlsx that opens with the same figures', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const out = await stack.ok(dashboardExport, { table: 'children', from: '2019-01', to: '2025-06' }, P.streetA);
    expect(out.fileName).toMatch(/\.xlsx$/);
    const body = Buffer.from(await (await fetch(out.url)).arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body);
    const ws = wb.worksheets[0];
    const data = await stack.ok(dashboardOverview, { from: '2019-01', to: '2025-06' }, P.streetA);
    expect(ws.getRow(1).getCell(1).value).toBe('单位');
    expect(ws.rowCount).toBe(data.children.length + 2);
    expect(ws.getRow(2).getCell(3).value).toBe(data.children[0].veterans);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getRow(ws.rowCount).getCell(col('走访次数')).value).toBe(data.total.visits);
    expect(ws.getRow(ws.rowCount).getCell(col('重点人群(人)')).value).toBe(data.total.keyGroupPeople);
  });
});
