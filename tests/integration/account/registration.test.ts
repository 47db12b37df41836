/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict, validId } from '../../support/fixtures';
import { register } from '../../../types/account/register';
import { whoami } from '../../../types/account/whoami';
import { decideRegistration, listRegistrations } from '../../../types/account/registrations';
import { myGrid } from '../../../types/org/queries';

let stack: Stack;
const district = smallDistrict();
const { unboundId, unboundPhone, boundId, boundPhone } = district.people;
const verified = { kind: 'demo_verified' as const };

beforeEach(async () => {
  stack = await startStack();
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: district.veterans,
    staff: district.staff,
    accounts: district.accounts,
  });
});
afterEach(() => stack.close());

describe('registration: bad input gets its own error and writes nothing', () => {
  const good = { name: '王卫国', idNumber: unboundId, phone: unboundPhone, phoneProof: verified };
  it.each([
    [
      'a wrong check digit',
      { idNumber: unboundId.slice(0, 17) + (unboundId[17] === '1' ? '2' : '1') },
      'idNumber',
      '校验位',
    ],
    ['a phone that is not a mainland mobile', { phone: '12345678901' }, 'phone', '手机号'],
    ['an empty name', { name: '' }, 'name', '姓名'],
    // The birth date an ID number carries must be a veteran's (the stack's clock is 2026): born 1920 or later,
    // not after today, and at least 18 years ago (old enough to have served).
    ['an ID number born before 1920', { idNumber: validId('1919-12-31', 17) }, 'idNumber', '1920年'],
    ['an ID number born in the future', { idNumber: validId('2030-01-01', 17) }, 'idNumber', '晚于今天'],
    ['an ID number of a 10-year-old', { idNumber: validId('2016-06-01', 17) }, 'idNumber', '不满18周岁'],
    ['a 200-character name', { name: '王'.repeat(200) }, 'name', '30'],
  ])('%s', async (_label, patch, field, words) => {
    const { res, writes } = await stack.metered(register, { ...good, ...patch }, 'wx-new');
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(JSON.stringify(res)).toContain(words);
    expect(writes).toBe(0);
  });

  it('a grid id that does not exist', async () => {
    const res = await stack.call(
      register,
      { name: '陈新人', idNumber: validId('1970-01-01', 31), phone: '13600000000', gridId: 'g-nope' },
      'wx-new',
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'gridId' } });
    expect((await stack.ok(whoami, {}, 'wx-new')).registration).toBeNull();
  });

  it('a call without identity', async () => {
    const { res, writes } = await stack.metered(register, good, null);
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(writes).toBe(0);
  });
});

describe('registration: matching a file', () => {
  it('binds at once when ID, name and the verified phone match; whoami and myGrid show the file masked', async () => {
    const res = await stack.ok(
      register,
      { name: '王卫国', idNumber: unboundId, phone: unboundPhone, phoneProof: verified },
      'wx-new',
    );
    expect(res).toEqual({ status: 'bound', veteranId: 'v-unbound', gridName: '第三网格' });
    const me = await stack.ok(whoami, {}, 'wx-new');
    expect(me.veteran).toMatchObject({
      name: '王卫国',
      gridName: '第三网格',
      idMasked: `${unboundId.slice(0, 6)}********${unboundId.slice(-4)}`,
      phoneMasked: '139****5678',
    });
    expect(JSON.stringify(me)).not.toContain(unboundId);
    expect(me.roles.map((r) => r.role)).toEqual(['veteran']);
    const grid = await stack.ok(myGrid, {}, 'wx-new');
    expect(grid.grid.name).toBe('第三网格');
    expect(grid.community.station?.name).toBe('永济社区退役军人服务站');
    expect(grid.team.map((t) => t.roleLabel)).toEqual(['网格长', '网格员']);
  });

  it('ID and name without a verified phone go to the grid member, who confirms; then the person is bound', async () => {
    const res = await stack.ok(register, { name: '王卫国', idNumber: unboundId, phone: '13300000000' }, 'wx-new');
    expect(res).toMatchObject({ status: 'pending', matchKind: 'id_name', gridName: '第三网格' });
    expect((await stack.ok(whoami, {}, 'wx-new')).registration).toMatchObject({
      status: 'pending',
      gridName: '第三网格',
    });
    const pending = await stack.ok(listRegistrations, {}, 'wx-gm1');
    expect(pending.items).toHaveLength(1);
    expect(pending.items[0]).toMatchObject({
      name: '王卫国',
      phoneMasked: '133****0000',
      candidate: { veteranId: 'v-unbound' },
    });
    const other = await stack.call(
      decideRegistration,
      { registrationId: pending.items[0].id, decision: 'approve' },
      'wx-gm-other',
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await stack.ok(decideRegistration, { registrationId: pending.items[0].id, decision: 'approve' }, 'wx-gm1');
    expect((await stack.ok(whoami, {}, 'wx-new')).veteran?.name).toBe('王卫国');
    const again = await stack.call(
      decideRegistration,
      { registrationId: pending.items[0].id, decision: 'approve' },
      'wx-gm1',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
  });

  it('a leaked ID number cannot take over a bound file; one account cannot bind twice', async () => {
    const thief = await stack.call(
      register,
      { name: '李建军', idNumber: boundId, phone: boundPhone, phoneProof: verified },
      'wx-thief',
    );
    expect(thief).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const twice = await stack.call(
      register,
      { name: '王卫国', idNumber: unboundId, phone: unboundPhone, phoneProof: verified },
      'wx-bound',
    );
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('no match: asks for the grid, files a pending registration there, refuses a duplicate, and a rejection is shown with its reason', async () => {
    const person = { name: '陈新人', idNumber: validId('1980-02-03', 41), phone: '13600000000' };
    expect(await stack.ok(register, person, 'wx-new')).toEqual({ status: 'needs_grid' });
    expect(await stack.ok(register, { ...person, gridId: 'g1' }, 'wx-new')).toMatchObject({
      status: 'pending',
      matchKind: 'none',
    });
    expect(await stack.call(register, { ...person, gridId: 'g1' }, 'wx-new')).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS' },
    });
    const [reg] = (await stack.ok(listRegistrations, { gridId: 'g1' }, 'wx-gl')).items;
    expect(await stack.call(decideRegistration, { registrationId: reg.id, decision: 'reject' }, 'wx-gl')).toMatchObject(
      { ok: false, error: { field: 'note' } },
    );
    await stack.ok(
      decideRegistration,
      { registrationId: reg.id, decision: 'reject', note: '经核实不在本网格居住' },
      'wx-gl',
    );
    expect((await stack.ok(whoami, {}, 'wx-new')).registration).toMatchObject({
      status: 'rejected',
      note: '经核实不在本网格居住',
    });
  });

  it('approving an unknown person creates a new (incomplete) file in that grid', async () => {
    const id = validId('1975-07-08', 52);
    await stack.ok(register, { name: '陈新人', idNumber: id, phone: '13600000000', gridId: 'g1' }, 'wx-new');
    const [reg] = (await stack.ok(listRegistrations, {}, 'wx-gm1')).items;
    const decided = await stack.ok(decideRegistration, { registrationId: reg.id, decision: 'approve' }, 'wx-gm1');
    expect(decided.veteranId).toBeTruthy();
    expect((await stack.ok(whoami, {}, 'wx-new')).veteran).toMatchObject({ name: '陈新人', gridId: 'g1' });
  });
});

describe('registration with the getPhoneNumber button (phonenumber.getPhoneNumber, declared in config.json)', () => {
  // The local cloud's demo codes are `local-phone-<11 digits>` (localcloud/openapi/phone-number.ts).
  const withCode = (code: string) => ({
    name: '王卫国',
    idNumber: unboundId,
    phone: unboundPhone,
    phoneProof: { kind: 'wx_code' as const, code },
  });

  it('a button code WeChat verified for the typed phone binds at once', async () => {
    expect(await stack.ok(register, withCode(`local-phone-${unboundPhone}`), 'wx-new')).toEqual({
      status: 'bound',
      veteranId: 'v-unbound',
      gridName: '第三网格',
    });
  });

  it('a code for another phone is not a verified phone: the grid member confirms', async () => {
    expect(await stack.ok(register, withCode('local-phone-13300000000'), 'wx-new')).toMatchObject({
      status: 'pending',
    });
  });
});
