/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict } from '../../support/fixtures';
import { savePreferences } from '../../../types/account/preferences';
import { register } from '../../../types/account/register';
import { listRegistrations, revealRegistrationPhone } from '../../../types/account/registrations';
import { whoami } from '../../../types/account/whoami';

jest.setTimeout(60_000);

let stack: Stack;
const district = smallDistrict();
const { unboundId } = district.people;

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

describe('长辈模式 is saved with the person', () => {
  it('nothing saved reads as null (the device decides); a saved choice is what whoami answers afterwards', async () => {
    expect((await stack.ok(whoami, {}, 'wx-bound')).preferences).toEqual({ elderMode: null });
    await stack.ok(savePreferences, { elderMode: true }, 'wx-bound');
    expect((await stack.ok(whoami, {}, 'wx-bound')).preferences).toEqual({ elderMode: true });
    await stack.ok(savePreferences, { elderMode: false }, 'wx-bound');
    expect((await stack.ok(whoami, {}, 'wx-bound')).preferences).toEqual({ elderMode: false });
    // Only the caller's own: another person's account is untouched, and their file binding too.
    expect((await stack.ok(whoami, {}, 'wx-gm1')).preferences).toEqual({ elderMode: null });
    expect((await stack.ok(whoami, {}, 'wx-bound')).veteran?.name).toBe('李建军');
  });

  it('a WeChat user who has not registered yet keeps their choice too', async () => {
    await stack.ok(savePreferences, { elderMode: true }, 'wx-first-time');
    const me = await stack.ok(whoami, {}, 'wx-first-time');
    expect(me).toMatchObject({ roles: [], veteran: null, preferences: { elderMode: true } });
  });

  it('a call without identity or with something else than on/off writes nothing', async () => {
    const anonymous = await stack.metered(savePreferences, { elderMode: true }, null);
    expect(anonymous.res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(anonymous.writes).toBe(0);
    const bad = await stack.metered(savePreferences, { elderMode: 'yes' } as never, 'wx-bound');
    expect(bad.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'elderMode' } });
    expect(bad.writes).toBe(0);
  });
});

describe('registration check: the grid team may call the registrant, and the reveal is logged', () => {
  beforeEach(async () => {
    // ID and name match 王卫国's file; the phone is another one (the file holds 13912345678).
    await stack.ok(register, { name: '王卫国', idNumber: unboundId, phone: '13600001111' }, 'wx-new');
  });

  it('the list says the phone differs from the file; 拨打 gives the grid member the full number and writes an audit entry', async () => {
    const [reg] = (await stack.ok(listRegistrations, {}, 'wx-gm1')).items;
    expect(reg).toMatchObject({ phoneMasked: '136****1111', phoneMatchesFile: false, matchKind: 'id_name' });
    expect(JSON.stringify(reg)).not.toContain('13600001111');
    const { phone } = await stack.ok(revealRegistrationPhone, { registrationId: reg.id }, 'wx-gm1');
    expect(phone).toBe('13600001111');
    const audit = stack.cloud.db.browse('audit', JSON.stringify({ targetId: reg.id }), 0, 10).docs as {
      kind: string;
      field: string;
      actor: { name: string };
    }[];
    expect(audit).toEqual([
      expect.objectContaining({ kind: 'reveal', field: 'phone', actor: expect.objectContaining({ name: '钱网格员' }) }),
    ]);
  });

  it("another grid's member is refused and nothing is logged", async () => {
    const [reg] = (await stack.ok(listRegistrations, {}, 'wx-gm1')).items;
    const { res, writes } = await stack.metered(revealRegistrationPhone, { registrationId: reg.id }, 'wx-gm-other');
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toBe(0);
  });
});
