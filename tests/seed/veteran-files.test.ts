/** @jest-environment node */
import type { VeteranDoc } from '../../types/veteran/model';
import { ageAt, generated, SEED_NOW } from './generated-district';

const { veterans, accounts, registrations } = generated('full').district;
const served = veterans.filter((v) => v.service.enlistDate !== null);
const years = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

test('birth years lie in 1930-2004', () => {
  const out = veterans.filter((v) => v.birthDate < '1930-01-01' || v.birthDate > '2004-12-31');
  expect(out.map((v) => v._id)).toEqual([]);
});

test('service: enlisted at 17-22, discharged 2-16 years later, before now', () => {
  const wrong = served.filter((v) => {
    const { enlistDate, dischargeDate } = v.service as { enlistDate: string; dischargeDate: string };
    const enlistAge = ageAt(v.birthDate, new Date(enlistDate));
    const length = years(enlistDate, dischargeDate);
    return (
      enlistAge < 16 ||
      enlistAge > 22 ||
      length < 1.7 ||
      length > 16.1 ||
      Date.parse(dischargeDate) > SEED_NOW.getTime()
    );
  });
  expect(wrong.map((v) => [v._id, v.birthDate, v.service.enlistDate, v.service.dischargeDate])).toEqual([]);
  expect(served.filter((v) => !v.service.arm || !v.service.rank || !v.service.exitMode)).toEqual([]);
  const arms = new Set(served.map((v) => v.service.arm));
  expect([...arms].sort()).toEqual(['武警', '海军', '火箭军', '战略支援部队', '空军', '陆军'].sort());
});

test('awards fall within the years of service', () => {
  const wrong = served.filter((v) =>
    v.awards.some(
      (a) =>
        a.year < Number(v.service.enlistDate!.slice(0, 4)) || a.year > Number(v.service.dischargeDate!.slice(0, 4)),
    ),
  );
  expect(wrong.map((v) => v._id)).toEqual([]);
});

test('party members name their branch; others have none', () => {
  expect(veterans.filter((v) => v.party.member !== v.party.branch.endsWith('党支部'))).toEqual([]);
});

test('bound files belong to living people in the district, with a phone, and have an account', () => {
  const accountById = new Map(accounts.map((a) => [a._id, a]));
  const bound = veterans.filter((v) => v.openid);
  expect(bound.filter((v) => v.lifeStatus !== 'in_district' || !v.phoneHash || !v.boundAt)).toEqual([]);
  expect(bound.filter((v) => accountById.get(v.openid!)?.veteranId !== v._id).map((v) => v._id)).toEqual([]);
  expect(new Set(bound.map((v) => v.openid)).size).toBe(bound.length);
  const veteranIds = new Set(veterans.map((v) => v._id));
  expect(accounts.filter((a) => a.veteranId && !veteranIds.has(a.veteranId))).toEqual([]);
});

test('dates are instants in order: created, then verified/bound, then updated; all before now', () => {
  const wrong = veterans.filter((v: VeteranDoc) => {
    const t = (d: Date | null) => d?.getTime() ?? v.createdAt.getTime();
    return (
      !(v.createdAt instanceof Date) ||
      t(v.verifiedAt) < v.createdAt.getTime() ||
      t(v.boundAt) < v.createdAt.getTime() ||
      v.updatedAt.getTime() < Math.max(t(v.verifiedAt), t(v.boundAt)) ||
      v.updatedAt.getTime() > SEED_NOW.getTime() ||
      v.version !== 1 ||
      (v.verifiedAt === null) !== (v.verifiedBy === null)
    );
  });
  expect(wrong.map((v) => v._id)).toEqual([]);
});

test('pending registrations: an ID-and-name match points at an unbound file of the same grid', () => {
  const byId = new Map(veterans.map((v) => [v._id, v]));
  expect(registrations.length).toBeGreaterThan(50);
  expect(registrations.every((r) => r.status === 'pending')).toBe(true);
  for (const r of registrations) {
    if (r.matchKind === 'none') {
      expect(r.candidateVeteranId).toBeNull();
      expect(veterans.some((v) => v.idHash === r.idHash)).toBe(false);
      continue;
    }
    const file = byId.get(r.candidateVeteranId!)!;
    expect(file).toMatchObject({ gridId: r.gridId, name: r.name, idHash: r.idHash, openid: null });
    // Not a full match: otherwise registration would have bound at once.
    expect(r.phoneVerified && r.phoneHash === file.phoneHash).toBe(false);
  }
  expect(registrations.filter((r) => r.matchKind === 'id_name').length).toBeGreaterThan(10);
  const accountById = new Map(accounts.map((a) => [a._id, a]));
  expect(registrations.filter((r) => accountById.get(r.openid)?.registrationId !== r._id)).toEqual([]);
});
