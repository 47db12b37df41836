import type { OrgDoc } from '../types/org/model';
import {
  gridIdOf,
  gridNamesOf,
  type CommunitySpec,
  type DistrictSpec,
  type StreetSpec,
} from './district/district-spec';

/** A grid with what the rest of the generator needs to place people in it. */
export interface GridPlace {
  id: string;
  name: string;
  /** [district, street, community, grid] */
  path: string[];
  street: StreetSpec;
  community: CommunitySpec;
}

export interface OrgTree {
  orgs: OrgDoc[];
  grids: GridPlace[];
  byId: Map<string, OrgDoc>;
}

/** The org nodes of a district spec: district, streets, communities (with stations), grids, units. */
export function buildOrgs(spec: DistrictSpec, createdAt: Date): OrgTree {
  const orgs: OrgDoc[] = [];
  const grids: GridPlace[] = [];
  const districtPath = [spec.id];
  orgs.push({
    _id: spec.id,
    kind: 'district',
    name: spec.name,
    parentId: null,
    path: districtPath,
    order: 1,
    createdAt,
  });

  spec.streets.forEach((street, si) => {
    const streetPath = [...districtPath, street.id];
    orgs.push({
      _id: street.id,
      kind: 'street',
      name: street.name,
      parentId: spec.id,
      path: streetPath,
      order: si + 1,
      createdAt,
    });
    street.communities.forEach((community, ci) => {
      const communityPath = [...streetPath, community.id];
      orgs.push({
        _id: community.id,
        kind: 'community',
        name: community.name,
        parentId: street.id,
        path: communityPath,
        order: ci + 1,
        station: { ...community.station },
        createdAt,
      });
      gridNamesOf(community).forEach((name, gi) => {
        const id = gridIdOf(community.id, gi + 1);
        const path = [...communityPath, id];
        orgs.push({ _id: id, kind: 'grid', name, parentId: community.id, path, order: gi + 1, createdAt });
        grids.push({ id, name, path, street, community });
      });
    });
  });

  spec.units.forEach((unit, ui) => {
    orgs.push({
      _id: unit.id,
      kind: 'unit',
      name: unit.name,
      parentId: spec.id,
      path: [...districtPath, unit.id],
      order: ui + 1,
      unitType: unit.unitType,
      createdAt,
    });
  });

  return { orgs, grids, byId: new Map(orgs.map((o) => [o._id, o])) };
}
