/** @jest-environment node */
import {
  applicationEvidence,
  applyAssistance,
  approveApplication,
  disburseApplication,
  listApplications,
  myApplications,
  reviewApplication,
} from '../../../types/assist/applications';
import type { Stack } from '../../support/stack';
import { careStack, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
let free: string[];
/** The bound staff member with `role` over the veteran's place (grid, community or street). */
let staff: { role: string; orgId: string; openid: string }[] = [];
let places = new Map<string, string[]>();
function staffFor(role: string, veteranId: string): string {
  const path = places.get(veteranId) ?? [];
  return staff.find((s) => s.role === role && path.includes(s.orgId))?.openid as string;
}
const gridMemberFor = (id: string) => staffFor('grid_member', id);
beforeAll(async () => {
  stack = await careStack();
  staff = raw(stack, 'staff', { status: 'active', openid: { $type: 'string' } });
  const veterans = raw<{ _id: string; orgPath: string[] }>(stack, 'veterans', {
    lifeStatus: 'in_district',
    openid: null,
  });
  places = new Map(veterans.map((v) => [v._id, v.orgPath]));
  free = veterans
    .map((v) => v._id)
    .filter((id) => gridMemberFor(id) && staffFor('station_staff', id) && staffFor('street_staff', id))
    .slice(0, 12);
  expect(free.length).toBe(12);
});

const situation = '家中遭遇火灾，房屋受损严重，急需生活救助';
async function reviewed(veteranId: string, askedFen: number, kind: 'subsidy' | 'relief' = 'subsidy'): Promise<string> {
  const { id } = await stack.ok(applyAssistance, { kind, veteranId, situation, askedFen }, gridMemberFor(veteranId));
  await stack.ok(reviewApplication, { id, pass: true }, staffFor('station_staff', veteranId));
  return id;
}

describe('existence never leaks (issue 13 item 4)', () => {
  const outsider = (role: string) =>
    staff.find((s) => s.role === role && !(places.get(free[11]) ?? []).includes(s.orgId))?.openid as string;

  it.each([
    [
      'a station of another community reviewing',
      'station_staff',
      (id: string) => [reviewApplication, { id, pass: true }],
    ],
    ['a street of elsewhere approving', 'street_staff', (id: string) => [approveApplication, { id, approve: true }]],
    [
      'a street of elsewhere disbursing',
      'street_staff',
      (id: string) => [disburseApplication, { id, amountFen: 1, method: '现金' }],
    ],
    ['a grid member of elsewhere reading the evidence', 'grid_member', (id: string) => [applicationEvidence, { id }]],
  ] as const)('%s an application answers exactly as for one that does not exist', async (_label, role, call) => {
    const { id } = await stack.ok(
      applyAssistance,
      { veteranId: free[11], situation, askedFen: 10_000 },
      gridMemberFor(free[11]),
    );
    const who = outsider(role);
    const [contract, input] = call(id) as [typeof reviewApplication, { id: string; pass: boolean }];
    const foreign = await stack.metered(contract, input, who);
    const [, missingInput] = call('no-such-application') as [typeof reviewApplication, { id: string; pass: boolean }];
    const missing = await stack.metered(contract, missingInput, who);
    expect(foreign.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(missing.res).toEqual(foreign.res);
    expect([foreign.writes, missing.writes]).toEqual([0, 0]);
    await stack.ok(reviewApplication, { id, pass: false, note: '测试结束' }, staffFor('station_staff', free[11]));
  });

  it('applying for a veteran of another grid answers as for one that does not exist', async () => {
    const other = [...places.entries()].find(
      ([, path]) => !path.includes(places.get(free[10])?.[3] ?? ''),
    )?.[0] as string;
    const who = gridMemberFor(free[10]);
    const foreign = await stack.metered(applyAssistance, { veteranId: other, situation, askedFen: 10_000 }, who);
    const missing = await stack.metered(
      applyAssistance,
      { veteranId: 'no-such-veteran', situation, askedFen: 10_000 },
      who,
    );
    expect(foreign.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(missing.res).toEqual(foreign.res);
    expect([foreign.writes, missing.writes]).toEqual([0, 0]);
  });
});

describe('hardship subsidies', () => {
  it('the veteran applies and sees each step through disbursement', async () => {
    const { id, approverLevel } = await stack.ok(applyAssistance, { situation, askedFen: 200_000 }, P.veteranA);
    expect(approverLevel).toBe('street');
    await stack.ok(reviewApplication, { id, pass: true, note: '情况属实' }, P.stationA);
    await stack.ok(approveApplication, { id, approve: true, amountFen: 150_000 }, P.streetA);
    await stack.ok(disburseApplication, { id, amountFen: 150_000, method: '银行转账' }, P.streetA);
    const mine = await stack.ok(myApplications, {}, P.veteranA);
    const app = mine.items.find((a) => a.id === id)!;
    expect(app.status).toBe('disbursed');
    expect(app.steps.map((s) => s.label)).toEqual(['提交申请', '服务站审核通过', '审批通过', '已发放']);
    expect(app.disbursedFen).toBe(150_000);
  });

  it('one veteran cannot hold two open applications', async () => {
    await stack.ok(applyAssistance, { veteranId: free[0], situation, askedFen: 100_000 }, gridMemberFor(free[0]));
    const { res, writes } = await stack.metered(
      applyAssistance,
      { veteranId: free[0], situation, askedFen: 50_000 },
      staffFor('station_staff', free[0]),
    );
    expect(res.ok ? 'ok' : res.error.code).toBe('ALREADY_EXISTS');
    expect(writes).toBe(0);
  });

  it('the street approves within its limit; above it only the district; nothing written on refusal', async () => {
    const small = await reviewed(free[1], 300_000);
    await stack.ok(approveApplication, { id: small, approve: true }, staffFor('street_staff', free[1]));
    const big = await reviewed(free[2], 500_000);
    const { res, writes } = await stack.metered(
      approveApplication,
      { id: big, approve: true },
      staffFor('street_staff', free[2]),
    );
    expect(res.ok ? 'ok' : [res.error.code, res.error.message]).toEqual([
      'FORBIDDEN',
      expect.stringContaining('超出街道审批权限'),
    ]);
    expect(writes).toBe(0);
    expect(raw(stack, 'assistance', { _id: big })[0].status).toBe('reviewed');
    const ok = await stack.ok(approveApplication, { id: big, approve: true }, P.district);
    expect(ok.status).toBe('approved');
  });

  it('nobody reviews or approves their own application', async () => {
    const station = staffFor('station_staff', free[3]);
    const { id } = await stack.ok(applyAssistance, { veteranId: free[3], situation, askedFen: 100_000 }, station);
    const { res, writes } = await stack.metered(reviewApplication, { id, pass: true }, station);
    expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN');
    expect(writes).toBe(0);
  });

  it.each([
    ['a negative amount', -5],
    ['an absurd amount', 1_000_000_000],
    ['a fractional amount', 10.5],
  ])('refuses %s, writing nothing', async (_l, askedFen) => {
    const { res, writes } = await stack.metered(
      applyAssistance,
      { veteranId: free[4], situation, askedFen },
      gridMemberFor(free[4]),
    );
    expect(res.ok ? 'ok' : [res.error.code, res.error.field]).toEqual(['INVALID_INPUT', 'askedFen']);
    expect(writes).toBe(0);
  });
});

describe('relief fund', () => {
  it('concurrent payments from one fund never take it below zero', async () => {
    await stack.cloud.db.importDocuments('reliefFunds', [
      {
        _id: 'fund-test',
        name: '测试专项资金',
        orgId: 'd-xz',
        balanceFen: 1_000_000,
        paidFen: 0,
        updatedAt: new Date(),
      },
    ]);
    const ids: string[] = [];
    for (const v of free.slice(5, 9)) {
      const id = await reviewed(v, 400_000, 'relief');
      const street = await stack.metered(approveApplication, { id, approve: true }, staffFor('street_staff', v));
      expect(street.res.ok ? 'ok' : street.res.error.code).toBe('FORBIDDEN');
      await stack.ok(approveApplication, { id, approve: true }, P.district);
      ids.push(id);
    }
    const results = await Promise.all(
      ids.map((id) =>
        stack.call(
          disburseApplication,
          { id, amountFen: 400_000, method: '银行转账', fundId: 'fund-test' },
          P.district,
        ),
      ),
    );
    const paid = results.filter((r) => r.ok).length;
    if (paid !== 2) console.log(JSON.stringify(results));
    expect(paid).toBe(2);
    for (const r of results.filter((x) => !x.ok))
      expect(r.ok ? '' : r.error.code).toMatch(/PRECONDITION_FAILED|CONFLICT/);
    const fund = raw(stack, 'reliefFunds', { _id: 'fund-test' })[0];
    expect(fund.balanceFen).toBe(200_000);
    expect(fund.paidFen).toBe(800_000);
    const disbursed = raw(stack, 'assistance', { fundId: 'fund-test', status: 'disbursed' });
    expect(disbursed.reduce((s, d) => s + d.disbursedFen, 0)).toBe(800_000);
  });

  it('a payment above the balance is refused with nothing written', async () => {
    const id = await reviewed(free[9], 300_000, 'relief');
    await stack.ok(approveApplication, { id, approve: true }, P.district);
    const { res, writes } = await stack.metered(
      disburseApplication,
      { id, amountFen: 300_000, method: '银行转账', fundId: 'fund-test' },
      P.district,
    );
    expect(res.ok ? 'ok' : [res.error.code, res.error.message]).toEqual([
      'PRECONDITION_FAILED',
      expect.stringContaining('余额不足'),
    ]);
    expect(writes).toBe(0);
    expect(raw(stack, 'reliefFunds', { _id: 'fund-test' })[0].balanceFen).toBe(200_000);
  });
});

describe('the staff queue', () => {
  it("lists the district's paid applications newest first, as a raw scan orders them", async () => {
    const out = await stack.ok(listApplications, { status: 'disbursed' }, P.district);
    const at = (d: { $date?: string } | string) => Date.parse(typeof d === 'string' ? d : String(d.$date));
    const paid = raw<{ _id: string; updatedAt: { $date: string } }>(stack, 'assistance', { status: 'disbursed' });
    const updated = new Map(paid.map((a) => [a._id, at(a.updatedAt)]));
    const times = out.items.map((a) => updated.get(a.id)!);
    expect(out.items.length).toBe(Math.min(100, paid.length));
    expect(out.items.length).toBeGreaterThan(1);
    // Newest first (applications changed at the same instant may come in either order).
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const newest = [...updated.values()].sort((a, b) => b - a).slice(0, 100);
    expect(times).toEqual(newest);
  });
});
