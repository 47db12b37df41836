import type { World } from './world';

/**
 * Who calls, in the authorization matrix. Side "A" is the demo grid 南屏镇永济社区第三网格 (g-10-01-3)
 * and everything above it; side "B" is demo-veteran-2's grid, 香湾街道朝阳社区第一网格 (g-01-01-1).
 * Bodies that are not places (征兵办 u-recruit, 市场监督管理局 u-amr) sit under the district.
 * Party posts (issue 15 item 1): the secretary of side A's community branch (the seed's demo secretary, a
 * bound veteran of grid A and a member of its 党小组), a party-affairs worker over street A who holds no
 * other seat, and a party member of side B's community branch (a bound veteran of grid B, not the demo
 * one); the last two are put in place by `World.placePartyPersonas` before the matrix runs.
 */
export const PERSONAS = [
  'anonymous',
  'newUser',
  'veteranA',
  'veteranB',
  'gridLeaderA',
  'gridMemberA',
  'gridMemberB',
  'stationA',
  'streetA',
  'streetB',
  'district',
  'recruitStaff',
  'recruitHead',
  'agencyStaff',
  'integritySupervisor',
  'conductSupervisor',
  'partySecretaryA',
  'partyStaffA',
  'partyMemberB',
] as const;
export type Persona = (typeof PERSONAS)[number];
export type Side = 'A' | 'B';

export const GRID: Record<Side, string> = { A: 'g-10-01-3', B: 'g-01-01-1' };
export const COMMUNITY: Record<Side, string> = { A: 'c-10-01', B: 'c-01-01' };
export const STREET: Record<Side, string> = { A: 's-10', B: 's-01' };
export const DISTRICT = 'd-xz';
export const RECRUITMENT_OFFICE = 'u-recruit';
export const AGENCY = 'u-amr';
export const gridPath = (side: Side) => [DISTRICT, STREET[side], COMMUNITY[side], GRID[side]];

/** The side where a persona's own things are: a thing there is in scope for them, the other side's is not. */
export const HOME: Record<Persona, Side> = Object.fromEntries(
  PERSONAS.map((p) => [p, p.endsWith('B') ? 'B' : 'A']),
) as Record<Persona, Side>;
export const other = (side: Side): Side => (side === 'A' ? 'B' : 'A');

/** Each persona's jurisdiction as an org path (district first); [] for people who hold none. */
export const JURISDICTION: Record<Persona, string[]> = {
  anonymous: [],
  newUser: [],
  veteranA: gridPath('A'),
  veteranB: gridPath('B'),
  gridLeaderA: gridPath('A'),
  gridMemberA: gridPath('A'),
  gridMemberB: gridPath('B'),
  stationA: gridPath('A').slice(0, 3),
  streetA: gridPath('A').slice(0, 2),
  streetB: gridPath('B').slice(0, 2),
  district: [DISTRICT],
  recruitStaff: [DISTRICT, RECRUITMENT_OFFICE],
  recruitHead: [DISTRICT, RECRUITMENT_OFFICE],
  agencyStaff: [DISTRICT, AGENCY],
  integritySupervisor: [DISTRICT, RECRUITMENT_OFFICE],
  conductSupervisor: [DISTRICT, AGENCY],
  // The branch lies under its community (its path is the community's + its id), and so do their own grid's things.
  partySecretaryA: gridPath('A').slice(0, 3),
  partyStaffA: gridPath('A').slice(0, 2),
  partyMemberB: gridPath('B'),
};

export const PARTY_STAFF_A = 'authz-party-staff-a';
export const PARTY_MEMBER_B = 'authz-party-member-b';

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
  partySecretaryA: 'demo-party-secretary',
  partyStaffA: PARTY_STAFF_A,
  partyMemberB: PARTY_MEMBER_B,
};

/** The OPENID a persona calls with (null: no WeChat identity). */
export function openidOf(persona: Persona, world: World): string | null {
  if (persona in FIXED) return FIXED[persona] ?? null;
  if (persona === 'gridMemberB') return world.boundStaffOpenid({ role: 'grid_member', orgId: GRID.B });
  if (persona === 'streetB') return world.boundStaffOpenid({ role: 'street_staff', orgId: STREET.B });
  throw new Error(`unknown persona ${persona}`);
}
