/** @jest-environment node */
import {
  applicationEvidence,
  applyAssistance,
  approveApplication,
  disburseApplication,
  myApplications,
  reviewApplication,
  uploadEvidence,
} from '../../../types/assist/applications';
import { createFund, listFundMovements, topUpFund } from '../../../types/assist/funds';
import { getAssistSettings, updateAssistSettings } from '../../../types/assist/settings';
import type { Stack } from '../../support/stack';
import { PNG_1PX } from '../requests/support';
import { careStack, NOW, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
let staff: { role: string; orgId: string; openid: string }[] = [];
let free: { _id: string; orgPath: string[] }[] = [];
const staffFor = (role: string, v: { orgPath: string[] }) =>
  staff.find((s) => s.role === role && v.orgPath.includes(s.orgId))?.openid as string;
const situation = '本人突发重病住院，医疗费用支出较大，家庭生活困难';
const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) =>
  res.ok ? 'ok' : [res.error?.code, res.error?.field];

beforeAll(async () => {
  stack = await careStack();
  staff = raw(stack, 'staff', { status: 'active', openid: { $type: 'string' } });
  free = raw<{ _id: string; orgPath: string[] }>(stack, 'veterans', { lifeStatus: 'in_district', openid: null })
    .filter((v) => staffFor('grid_member', v) && staffFor('station_staff', v) && staffFor('street_staff', v))
    .slice(0, 8);
  expect(free).toHaveLength(8);
});
afterAll(() => stack?.close());

/** A relief case for `v` approved by the district (applied by its grid member, reviewed by its station). */
async function approvedRelief(v: { _id: string; orgPath: string[] }, askedFen: number): Promise<string> {
  const { id } = await stack.ok(
    applyAssistance,
    { kind: 'relief', veteranId: v._id, situation, askedFen },
    staffFor('grid_member', v),
  );
  await stack.ok(reviewApplication, { id, pass: true }, staffFor('station_staff', v));
  await stack.ok(approveApplication, { id, approve: true }, P.district);
  return id;
}

describe('approval limits', () => {
  it('start at the defaults; a street and a grid member may read them, only the district may change them', async () => {
    const read = await stack.ok(getAssistSettings, {}, P.streetA);
    expect(read).toMatchObject({ configured: false, streetLimitFen: 300_000, subsidyMaxFen: 2_000_000 });
    await stack.ok(getAssistSettings, {}, P.gridMemberA);
    for (const who of [P.streetA, P.stationA, P.veteranA]) {
      const { res, writes } = await stack.metered(
        updateAssistSettings,
        { streetLimitFen: 500_000, subsidyMaxFen: 2_000_000, reliefMaxFen: 10_000_000 },
        who,
      );
      expect(codeOf(res)).toEqual(['FORBIDDEN', undefined]);
      expect(writes).toBe(0);
    }
  });

  it.each([
    [
      'a street limit above the subsidy maximum',
      { streetLimitFen: 900_000, subsidyMaxFen: 800_000, reliefMaxFen: 10_000_000 },
      'streetLimitFen',
      '不能高于',
    ],
    [
      'a zero limit',
      { streetLimitFen: 0, subsidyMaxFen: 800_000, reliefMaxFen: 10_000_000 },
      'streetLimitFen',
      '应大于0',
    ],
    [
      'a negative maximum',
      { streetLimitFen: 100_000, subsidyMaxFen: -1, reliefMaxFen: 10_000_000 },
      'subsidyMaxFen',
      '不能为负数',
    ],
    [
      'an absurd maximum',
      { streetLimitFen: 100_000, subsidyMaxFen: 800_000, reliefMaxFen: 100_000_000_00 },
      'reliefMaxFen',
      '过大',
    ],
  ])('refuse %s with the field named, writing nothing', async (_l, input, field, words) => {
    const { res, writes } = await stack.metered(updateAssistSettings, input, P.district);
    expect(res.ok ? 'ok' : [res.error.code, res.error.field, res.error.message]).toEqual([
      'INVALID_INPUT',
      field,
      expect.stringContaining(words),
    ]);
    expect(writes).toBe(0);
  });

  it('a change takes effect for the next application and is kept with who and when', async () => {
    const saved = await stack.ok(
      updateAssistSettings,
      { streetLimitFen: 100_000, subsidyMaxFen: 500_000, reliefMaxFen: 8_000_000 },
      P.district,
    );
    expect(saved.changes[0]).toMatchObject({
      at: NOW.toISOString(),
      byName: expect.any(String),
      before: { streetLimitFen: 300_000 },
      after: { streetLimitFen: 100_000 },
    });
    expect(saved.changes[0].byName).not.toBe('');
    const stored = raw(stack, 'assistSettings')[0];
    expect(stored.streetLimitFen).toBe(100_000);
    const v = free[0];
    const { approverLevel } = await stack.ok(
      applyAssistance,
      { veteranId: v._id, situation, askedFen: 200_000 },
      staffFor('grid_member', v),
    );
    expect(approverLevel).toBe('district');
    const over = await stack.metered(
      applyAssistance,
      { veteranId: free[1]._id, situation, askedFen: 600_000 },
      staffFor('grid_member', free[1]),
    );
    expect(codeOf(over.res)).toEqual(['INVALID_INPUT', 'askedFen']);
    expect(over.writes).toBe(0);
    await stack.ok(
      updateAssistSettings,
      { streetLimitFen: 300_000, subsidyMaxFen: 2_000_000, reliefMaxFen: 10_000_000 },
      P.district,
    );
    expect((await stack.ok(getAssistSettings, {}, P.district)).changes).toHaveLength(2);
  });
});

describe('relief funds', () => {
  let fundId: string;
  it('the district opens an empty fund; a street cannot; a duplicate name is refused', async () => {
    const street = await stack.metered(createFund, { name: '街道自设救助资金' }, P.streetA);
    expect(codeOf(street.res)).toEqual(['FORBIDDEN', undefined]);
    expect(street.writes).toBe(0);
    const fund = await stack.ok(createFund, { name: '2025年度救助专项资金' }, P.district);
    expect(fund).toMatchObject({ balanceFen: 0, paidFen: 0 });
    fundId = fund.id;
    const again = await stack.metered(createFund, { name: '2025年度救助专项资金' }, P.district);
    expect(codeOf(again.res)).toEqual(['ALREADY_EXISTS', 'name']);
    expect(again.writes).toBe(0);
  });

  it.each([
    ['no amount', { amountFen: 0, note: '区财政拨付' }, 'amountFen'],
    ['a negative amount', { amountFen: -100, note: '区财政拨付' }, 'amountFen'],
    ['an absurd amount', { amountFen: 5_000_000_000_00, note: '区财政拨付' }, 'amountFen'],
    ['no note', { amountFen: 100_000, note: ' ' }, 'note'],
  ])('a top-up with %s is refused, nothing written', async (_l, input, field) => {
    const { res, writes } = await stack.metered(topUpFund, { fundId, ...input }, P.district);
    expect(codeOf(res)).toEqual(['INVALID_INPUT', field]);
    expect(writes).toBe(0);
  });

  it('only the district tops up; the top-up and each payment are listed with the balance after them', async () => {
    const street = await stack.metered(topUpFund, { fundId, amountFen: 100_000, note: '街道拨付' }, P.streetA);
    expect(codeOf(street.res)).toEqual(['FORBIDDEN', undefined]);
    expect(street.writes).toBe(0);
    const missing = await stack.metered(
      topUpFund,
      { fundId: 'no-such-fund', amountFen: 100_000, note: '区财政拨付' },
      P.district,
    );
    expect(codeOf(missing.res)).toEqual(['NOT_FOUND', 'fundId']);
    const after = await stack.ok(
      topUpFund,
      { fundId, amountFen: 1_000_000, note: '区财政拨付（香财〔2025〕12号）' },
      P.district,
    );
    expect(after.balanceFen).toBe(1_000_000);
    stack.cloud.clock.advance(3_600_000);
    const id = await approvedRelief(free[2], 250_000);
    await stack.ok(disburseApplication, { id, amountFen: 250_000, method: '银行转账', fundId }, P.district);
    const { fund, items } = await stack.ok(listFundMovements, { fundId }, P.district);
    expect(fund).toMatchObject({ balanceFen: 750_000, paidFen: 250_000, toppedUpFen: 1_000_000 });
    expect(items.map((m) => [m.kind, m.amountFen, m.balanceAfterFen])).toEqual([
      ['payment', 250_000, 750_000],
      ['topup', 1_000_000, 1_000_000],
    ]);
    expect(items[1].note).toContain('香财');
    const denied = await stack.call(listFundMovements, { fundId }, P.streetA);
    expect(codeOf(denied)).toEqual(['FORBIDDEN', undefined]);
  });

  it('payments racing a top-up never take the fund below zero, and the movements add up to the balance', async () => {
    const ids: string[] = [];
    for (const v of free.slice(3, 7)) ids.push(await approvedRelief(v, 300_000));
    const [topped, ...paid] = await Promise.all([
      stack.call(topUpFund, { fundId, amountFen: 100_000, note: '追加拨付' }, P.district),
      ...ids.map((id) =>
        stack.call(disburseApplication, { id, amountFen: 300_000, method: '社保卡', fundId }, P.district),
      ),
    ]);
    const fund = raw(stack, 'reliefFunds', { _id: fundId })[0];
    expect(fund.balanceFen).toBeGreaterThanOrEqual(0);
    const movements = raw(stack, 'fundMovements', { fundId });
    const topUps = movements.filter((m) => m.kind === 'topup').reduce((s, m) => s + m.amountFen, 0);
    const payments = movements.filter((m) => m.kind === 'payment').reduce((s, m) => s + m.amountFen, 0);
    expect(fund.balanceFen).toBe(topUps - payments);
    expect(fund.paidFen).toBe(payments);
    // 750,000 before the race, 850,000 with the top-up: whatever the order, exactly two 300,000 cases can be
    // paid, and a payment that loses is told the fund ran short, never a bare conflict.
    expect(topped.ok).toBe(true);
    expect(topUps).toBe(1_100_000);
    const winners = ids.filter((_, i) => paid[i].ok);
    expect(winners).toHaveLength(2);
    expect(fund.balanceFen).toBe(1_100_000 - 250_000 - 600_000);
    for (const [i, res] of paid.entries()) {
      if (res.ok) continue;
      expect(codeOf(res)).toEqual(['PRECONDITION_FAILED', 'amountFen']);
      expect(res.error.message).toContain('余额不足');
      expect(raw(stack, 'assistance', { _id: ids[i] })[0].status).toBe('approved');
    }
    const disbursed = raw(stack, 'assistance', { fundId, status: 'disbursed' }).map((a) => a._id);
    expect(disbursed.sort()).toEqual([...winners, ...disbursed.filter((id) => !ids.includes(id))].sort());
    expect(movements.filter((m) => m.kind === 'payment' && m.amountFen === 300_000)).toHaveLength(2);
  });
});

describe('evidence photos', () => {
  it('a veteran attaches their own photos; the station sees them; another street and another person cannot', async () => {
    const mine = await stack.ok(uploadEvidence, { contentType: 'image/png', dataBase64: PNG_1PX }, P.veteranA);
    expect(mine.fileID).toMatch(/\/uploads\/[0-9a-f]{32}\/assist\//);
    expect(mine.fileID).not.toContain(P.veteranA);
    const theirs = await stack.ok(uploadEvidence, { contentType: 'image/png', dataBase64: PNG_1PX }, P.gridMemberA);
    const foreign = await stack.metered(
      applyAssistance,
      { situation, askedFen: 100_000, evidence: [theirs.fileID] },
      P.veteranA,
    );
    expect(codeOf(foreign.res)).toEqual(['INVALID_INPUT', 'evidence.0']);
    expect(foreign.writes).toBe(0);
    const { id } = await stack.ok(
      applyAssistance,
      { situation, askedFen: 100_000, evidence: [mine.fileID] },
      P.veteranA,
    );
    const own = await stack.ok(myApplications, {}, P.veteranA);
    expect(own.items.find((a) => a.id === id)?.evidenceCount).toBe(1);
    expect((await stack.ok(applicationEvidence, { id }, P.veteranA)).urls).toHaveLength(1);
    expect((await stack.ok(applicationEvidence, { id }, P.stationA)).urls[0]).toMatch(/^https?:\/\//);
    const streetB = staff.find((s) => s.role === 'street_staff' && s.orgId !== 's-10')!.openid;
    for (const who of [streetB, P.veteranB, P.gridMemberA])
      expect(codeOf(await stack.call(applicationEvidence, { id }, who))).toEqual(['FORBIDDEN', undefined]);
  });
});
