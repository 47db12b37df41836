import type { World } from './world';

/**
 * Who calls, in the authorization matrix. "A" is the demo grid 南屏镇永济社区第三网格 (g-10-01-3) and
 * everything above it; "B" is elsewhere (demo-veteran-2's grid in 香湾街道).
 */
export type Persona =
  | 'anonymous'
  | 'newUser'
  | 'veteranA'
  | 'veteranB'
  | 'gridLeaderA'
  | 'gridMemberA'
  | 'gridMemberB'
  | 'stationA'
  | 'streetA'
  | 'streetB'
  | 'district'
  | 'recruitStaff'
  | 'recruitHead'
  | 'agencyStaff'
  | 'integritySupervisor'
  | 'conductSupervisor'
  /**
   * A seeded veteran of street A who is not a demo person, still bound when the row runs (the first one
   * found): rows that unbind or withdraw consent act as them, so the demo personas stay bound.
   */
  | 'leavingVeteran';

const FIXED: Partial<Record<Persona, string | null>> = {
  anonymous: null,
  newUser: 'authz-new-wechat-user',
  veteranA: 'demo-veteran-1',
  veteranB: 'demo-veteran-2',
  gridLeaderA: 'demo-grid-leader-g-10-01-3',
  gridMemberA: 'demo-grid-member-g-10-01-3',
  stationA: 'demo-station-staff-c-10-01',
  streetA: 'demo-street-admin-s-10',
  district: 'demo-district-admin',
  recruitStaff: 'demo-recruitment-staff',
  recruitHead: 'demo-recruitment-head',
  agencyStaff: 'demo-agency-staff',
  integritySupervisor: 'demo-integrity-supervisor',
  conductSupervisor: 'demo-conduct-supervisor',
};

/** The OPENID a persona calls with (null: no WeChat identity). */
export async function openidOf(persona: Persona, world: World): Promise<string | null> {
  if (persona in FIXED) return FIXED[persona] ?? null;
  const veteranB = await world.veteranOf('demo-veteran-2');
  if (persona === 'gridMemberB') return world.boundStaffOpenid({ role: 'grid_member', orgId: veteranB.gridId });
  if (persona === 'streetB') return world.boundStaffOpenid({ role: 'street_staff', orgId: veteranB.orgPath[1] });
  if (persona === 'leavingVeteran')
    return world.one<{ openid: string }>('veterans', { 'orgPath.1': 's-10', openid: { $regex: '^seed-vet-' } }).openid;
  throw new Error(`unknown persona ${persona}`);
}
