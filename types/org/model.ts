/** Kinds of org node. `unit` is a body under the district that is not a place (征兵办, an agency). */
export type OrgKind = 'district' | 'street' | 'community' | 'grid' | 'unit';
export type UnitType = 'recruitment_office' | 'agency';

export interface ServiceStation {
  name: string;
  address: string;
  phone: string;
}

/** Collection `orgs`. `path` lists the ids from the district down to this node, itself included. */
export interface OrgDoc {
  _id: string;
  kind: OrgKind;
  name: string;
  parentId: string | null;
  path: string[];
  order: number;
  unitType?: UnitType;
  /** Communities only: the veteran service station the grids work under. */
  station?: ServiceStation;
  createdAt: Date;
}

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  district: '区',
  street: '镇/街道',
  community: '社区',
  grid: '网格',
  unit: '单位',
};
