import type { StaffDoc } from '../types/account/model';
import type { Gender } from '../types/veteran/model';
import type { Pii } from '../cloudfunctions/_kernel/pii';
import type { DistrictSpec } from './district/district-spec';
import type { GridPlace, OrgTree } from './build-orgs';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';
import { drawFile, type DrawnFile, type FileContext } from './build-veterans';
import { drawDependantBasics, drawVeteranBasics } from './draw-person';

export interface PlacementInput {
  spec: DistrictSpec;
  tree: OrgTree;
  staff: StaffDoc[];
  genderOf: Map<string, Gender>;
  /** Files of category 'veteran', pinned ones included. */
  veterans: number;
  dependants: number;
  rng: Random;
  identities: IdentityFactory;
  pii: Pii;
  now: Date;
}

/** Random veterans placed in the demo grid (the last ones drawn). */
const DEMO_GRID_NEIGHBOURS = 3;

/**
 * Every file of the district, in id order `v-00001`...: the demo people first, then the veteran grid
 * staff (each in their own grid), then the other veterans and the dependants, spread over all grids
 * with uneven weights (some grids are denser than others).
 */
export function placeFiles(input: PlacementInput): DrawnFile[] {
  const { spec, tree, staff, rng, now } = input;
  const gridStaff = new Map<string, StaffDoc[]>();
  for (const s of staff) {
    if (s.role !== 'grid_leader' && s.role !== 'grid_member') continue;
    gridStaff.set(s.orgId, [...(gridStaff.get(s.orgId) ?? []), s]);
  }
  const districtAdmin = staff.find((s) => s.role === 'district_staff' && s.isAdmin);
  if (!districtAdmin) throw new Error('the district has no admin');
  const ctx: FileContext = { ...input, gridStaff, districtAdminId: districtAdmin._id };

  const gridById = new Map(tree.grids.map((g) => [g.id, g]));
  const gridOf = (id: string): GridPlace => {
    const grid = gridById.get(id);
    if (!grid) throw new Error(`no such grid: ${id}`);
    return grid;
  };
  const files: DrawnFile[] = [];
  const nextId = () => `v-${String(files.length + 1).padStart(5, '0')}`;

  const cast = spec.demo;
  for (const v of cast?.veterans ?? []) {
    const pinned = {
      name: v.name,
      gender: v.gender,
      birthYear: v.birthYear,
      openid: v.openid,
      partyMember: true,
      settled: true,
    };
    files.push(drawFile(ctx, nextId(), gridOf(v.gridId), drawVeteranBasics(rng, now), pinned));
  }
  if (cast) {
    const u = cast.unregistered;
    const pinned = { ...u, birthYear: Number(u.birthDate.slice(0, 4)), openid: null, settled: true };
    files.push(drawFile(ctx, nextId(), gridOf(u.gridId), drawVeteranBasics(rng, now), pinned));
  }
  const nowYear = now.getUTCFullYear();
  for (const s of staff.filter((x) => x.isVeteran)) {
    const pinned = {
      name: s.name,
      gender: input.genderOf.get(s._id) ?? 'male',
      birthYear: Math.min(2004, rng.int(nowYear - 60, nowYear - 27)),
      openid: s.openid,
      partyMember: true,
    };
    files.push(drawFile(ctx, nextId(), gridOf(s.orgId), drawVeteranBasics(rng, now), pinned));
  }

  const remaining = input.veterans - files.length;
  if (remaining < 0)
    throw new Error(`at least ${files.length} veterans are needed for the demo people and veteran grid staff`);
  const weights = tree.grids.map((g) => [g, 0.4 + rng.next() * 1.2] as [GridPlace, number]);
  // The last few live in the demo grid, so that its 党小组 has members to meet (seed/build-party.ts). The grid is
  // drawn all the same: every file draws the same numbers as without this.
  const demoGrid = cast ? gridOf(cast.veterans[0].gridId) : null;
  for (let i = 0; i < remaining; i++) {
    const drawn = rng.weighted(weights);
    const grid = demoGrid && i >= remaining - DEMO_GRID_NEIGHBOURS ? demoGrid : drawn;
    files.push(drawFile(ctx, nextId(), grid, drawVeteranBasics(rng, now)));
  }
  for (let i = 0; i < input.dependants; i++)
    files.push(drawFile(ctx, nextId(), rng.weighted(weights), drawDependantBasics(rng, now)));
  return files;
}
