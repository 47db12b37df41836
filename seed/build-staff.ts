import type { StaffDoc } from '../types/account/model';
import type { StaffRole } from '../types/auth/roles';
import type { OrgDoc } from '../types/org/model';
import type { Gender } from '../types/veteran/model';
import type { DistrictSpec } from './district/district-spec';
import type { OrgTree } from './build-orgs';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';
import { SEED_PROPORTIONS, VETERAN_GRID_STAFF } from './proportions';

/** A staff member whose name and WeChat binding are fixed (the demo people). */
export interface FixedStaff {
  name: string;
  openid: string;
}

/**
 * `st-<orgId>-<n>`: in a grid n=1 is the leader and 2-4 the members; in the district and a street n=1
 * is the admin; in the recruitment office n=1 is the head. Units have nothing below them to administer.
 */
export function staffIdOf(orgId: string, n: number): string {
  return `st-${orgId}-${n}`;
}

interface Seat {
  org: OrgDoc;
  n: number;
  role: StaffRole;
  isAdmin: boolean;
}

const DAY = 86_400_000;

/** Every staff seat of the district, in a stable order. */
function seatsOf(spec: DistrictSpec, tree: OrgTree, rng: Random): Seat[] {
  const seats: Seat[] = [];
  const org = (id: string) => tree.byId.get(id)!;
  seats.push(...[1, 2, 3].map((n) => ({ org: org(spec.id), n, role: 'district_staff' as const, isAdmin: n === 1 })));
  for (const unit of spec.units) {
    if (unit.unitType === 'recruitment_office') {
      seats.push({ org: org(unit.id), n: 1, role: 'recruitment_head', isAdmin: false });
      seats.push(...[2, 3].map((n) => ({ org: org(unit.id), n, role: 'recruitment_staff' as const, isAdmin: false })));
    } else {
      seats.push(...[1, 2, 3].map((n) => ({ org: org(unit.id), n, role: 'agency_staff' as const, isAdmin: false })));
    }
  }
  for (const street of spec.streets) {
    seats.push(...[1, 2].map((n) => ({ org: org(street.id), n, role: 'street_staff' as const, isAdmin: n === 1 })));
    for (const community of street.communities) {
      const count = rng.int(1, 2);
      for (let n = 1; n <= count; n++) seats.push({ org: org(community.id), n, role: 'station_staff', isAdmin: false });
    }
  }
  for (const grid of tree.grids) {
    seats.push({ org: org(grid.id), n: 1, role: 'grid_leader', isAdmin: false });
    seats.push(...[2, 3, 4].map((n) => ({ org: org(grid.id), n, role: 'grid_member' as const, isAdmin: false })));
  }
  return seats;
}

/**
 * Staff of the district: 3 district staff (one admin), 2 per street (one admin), 1-2 per station,
 * 1 leader + 3 members per grid (113 of them veterans), the recruitment office (1 head + 2 staff)
 * and the agency (3). Admins and the demo people are bound; others by `staffBound`.
 */
export function buildStaff(
  spec: DistrictSpec,
  tree: OrgTree,
  rng: Random,
  identities: IdentityFactory,
  now: Date,
  fixed: Map<string, FixedStaff>,
): { staff: StaffDoc[]; genderOf: Map<string, Gender> } {
  const seats = seatsOf(spec, tree, rng);
  const gridSeats = seats.filter((s) => s.org.kind === 'grid' && !fixed.has(staffIdOf(s.org._id, s.n)));
  const veteranSeats = new Set(rng.sample(gridSeats, VETERAN_GRID_STAFF));
  const genderOf = new Map<string, Gender>();
  const staff = seats.map((seat): StaffDoc => {
    const id = staffIdOf(seat.org._id, seat.n);
    const isVeteran = veteranSeats.has(seat);
    const gender: Gender = rng.chance(isVeteran ? SEED_PROPORTIONS.male : 0.5) ? 'male' : 'female';
    genderOf.set(id, gender);
    const pinned = fixed.get(id);
    const bound = pinned !== undefined || seat.isAdmin || rng.chance(SEED_PROPORTIONS.staffBound);
    // The staff record is made when the invitation is issued; open invitations are at most 5 days old.
    const createdAt = new Date(now.getTime() - (bound ? rng.int(30, 900) : rng.int(0, 5)) * DAY);
    return {
      _id: id,
      name: pinned?.name ?? identities.name(gender, rng.int(1965, 1998)),
      workPhone: identities.mobile(),
      role: seat.role,
      orgId: seat.org._id,
      orgPath: seat.org.path,
      isAdmin: seat.isAdmin,
      isVeteran,
      openid: pinned?.openid ?? (bound ? `seed-${id}` : null),
      status: 'active',
      createdAt,
      updatedAt: createdAt,
    };
  });
  return { staff, genderOf };
}
