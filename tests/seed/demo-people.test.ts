/** @jest-environment node */
import { STAFF_ROLES } from '../../types/auth/roles';
import { idCardNumber, mainlandMobile } from '../../types/common/validators';
import { DEMO_GRID_ID, DEMO_UNREGISTERED_VETERAN as U } from '../../seed/district/xiangzhou-demo';
import { generated, pii } from './generated-district';

describe.each(['tiny', 'full'] as const)('demo people of the %s district', (size) => {
  const { demoPeople, accounts, staff, veterans, registrations, supervisors } = generated(size).district;
  const accountOf = (openid: string) => accounts.find((a) => a._id === openid)!;

  test('one of each role that exists now, in order, with Chinese labels', () => {
    expect(demoPeople.map((p) => p.role).sort()).toEqual(
      [
        'veteran',
        'veteran',
        ...STAFF_ROLES,
        'integrity_supervisor',
        'conduct_supervisor',
        'party_secretary',
        'party_staff',
      ].sort(),
    );
    expect(demoPeople.map((p) => p.order)).toEqual(demoPeople.map((_, i) => i + 1));
    for (const p of demoPeople) {
      expect(p.label).toMatch(/^[\u4e00-\u9fa5]+（[\u4e00-\u9fa5，]+）$/);
      expect(p.description).toMatch(/[\u4e00-\u9fa5]/);
      expect(accountOf(p.openid).demo).toEqual({
        label: p.label,
        role: p.role,
        description: p.description,
        order: p.order,
      });
    }
    expect(accounts.filter((a) => a.demo)).toHaveLength(demoPeople.length);
  });

  test('the first demo veteran is bound to a complete, verified file in 永济社区第三网格', () => {
    const account = accountOf('demo-veteran-1');
    const file = veterans.find((v) => v._id === account.veteranId)!;
    expect(file).toMatchObject({
      name: '张建国',
      gridId: DEMO_GRID_ID,
      openid: 'demo-veteran-1',
      lifeStatus: 'in_district',
    });
    expect(file.verifiedAt).not.toBeNull();
    expect(file.phoneHash).not.toBeNull();
    expect(file.address).not.toBe('');
    const other = veterans.find((v) => v._id === accountOf('demo-veteran-2').veteranId)!;
    expect(other.gridId).not.toBe(DEMO_GRID_ID);
  });

  test('demo staff hold their seats: the grid leader and member of the same grid, its station, street and district', () => {
    const seat = (openid: string) => staff.find((s) => s._id === accountOf(openid).staffIds[0])!;
    expect(seat('demo-grid-leader-g-10-01-3')).toMatchObject({
      role: 'grid_leader',
      orgId: DEMO_GRID_ID,
      openid: 'demo-grid-leader-g-10-01-3',
    });
    expect(seat('demo-grid-member-g-10-01-3')).toMatchObject({ role: 'grid_member', orgId: DEMO_GRID_ID });
    expect(seat('demo-station-staff-c-10-01')).toMatchObject({ role: 'station_staff', orgId: 'c-10-01' });
    expect(seat('demo-street-admin-s-10')).toMatchObject({ role: 'street_staff', orgId: 's-10', isAdmin: true });
    expect(seat('demo-district-admin')).toMatchObject({ role: 'district_staff', orgId: 'd-xz', isAdmin: true });
    expect(seat('demo-recruitment-head')).toMatchObject({ role: 'recruitment_head', orgId: 'u-recruit' });
    expect(seat('demo-recruitment-staff')).toMatchObject({ role: 'recruitment_staff', orgId: 'u-recruit' });
    expect(seat('demo-agency-staff')).toMatchObject({ role: 'agency_staff', orgId: 'u-amr' });
    for (const p of demoPeople.filter((x) => x.role !== 'veteran' && x.role !== 'party_secretary'))
      expect(accountOf(p.openid).veteranId).toBeNull();
  });

  test('demo supervisors hold the first appointment of their body, in term, with an agreement signed', () => {
    const appointment = (openid: string) => supervisors.find((s) => s._id === accountOf(openid).supervisorIds[0])!;
    expect(appointment('demo-integrity-supervisor')).toMatchObject({
      _id: 'sv-u-recruit-01',
      type: 'integrity',
      bodyId: 'u-recruit',
      name: '苏明远',
      agreementSigned: true,
    });
    expect(appointment('demo-conduct-supervisor')).toMatchObject({
      _id: 'sv-u-amr-01',
      type: 'conduct',
      bodyId: 'u-amr',
      name: '杜秀兰',
    });
    expect(accountOf('demo-integrity-supervisor').staffIds).toEqual([]);
  });

  test('the unregistered demo veteran has a file in 永济社区第三网格 that a registration with their details would match', () => {
    expect(idCardNumber.parse(U.idNumber)).toBe(U.idNumber);
    expect(mainlandMobile.parse(U.phone)).toBe(U.phone);
    const file = veterans.find((v) => v.idHash === pii.blindIndex('id', U.idNumber))!;
    expect(file).toMatchObject({
      name: U.name,
      gridId: DEMO_GRID_ID,
      birthDate: U.birthDate,
      openid: null,
      lifeStatus: 'in_district',
    });
    expect(file.phoneHash).toBe(pii.blindIndex('phone', U.phone));
    expect(pii.decrypt(file.idEnc)).toBe(U.idNumber);
    expect(registrations.filter((r) => r.candidateVeteranId === file._id || r.idHash === file.idHash)).toEqual([]);
  });

  test('the demo grid has pending registrations for its grid member to decide', () => {
    expect(registrations.filter((r) => r.gridId === DEMO_GRID_ID).length).toBeGreaterThan(0);
  });
});
