import {
  holdsOver,
  ownedOrActedFor,
  AREA_STAFF,
  GRID_KEEPERS,
  ANY_STAFF,
  STREET_AND_DISTRICT,
  type CallerRoles,
  type Placed,
} from '../policy-kit';

/** A veteran's own file, uploads, and the ledger (台账). */
export const FILE_POLICIES = {
  /** Acting on one's own file (a request, an application, a service record): a veteran bound to it. */
  'veteran:self': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran'], t),
  /** One's own file (target: the file, owned by its id): the veteran bound to it, or a family member acting for them. */
  'file:self': (c: CallerRoles, t: Placed) => ownedOrActedFor(c, t),
  /** A photo for a correction of a file, naming none yet: a veteran with a file, or a family member acting for one. */
  'correction:attach': (c: CallerRoles, _t: Placed) =>
    c.roles.some((r) => r.role === 'veteran') || (c.actsFor ?? []).length > 0,
  /** Uploading a photo to attach to a request or an application: a registered veteran or staff. */
  'upload:attach': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...ANY_STAFF], t),
  /** A file and its grid's ledger: the grid team and the area staff above it (view, verify, decide, move, reveal). */
  'file:keep': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** The ledger of an org node (search, statistics, masked export). */
  'ledger:read': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** A full (unmasked) export: street and district staff only. */
  'ledger:full': (c: CallerRoles, t: Placed) => holdsOver(c, STREET_AND_DISTRICT, t),
  /**
   * Importing the ledger from .xlsx (target: each row's grid, and the importer's seat): station, street and
   * district staff, only rows inside their own subtree (PRODUCT.md: they "import and export the ledger").
   */
  'ledger:import': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /**
   * A bulk (masked) export of a node's ledger: station, street and district staff, not the grid team, who
   * keep files one by one (less personal data leaving the system).
   */
  'ledger:export': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** Reading the ledger rules: staff. */
  'ledger:rules-read': (c: CallerRoles, t: Placed) => holdsOver(c, ANY_STAFF, t),
  /** Files sharing one ID number, across the district (found by blind index): the district's admins. */
  'ledger:duplicates': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'district_staff' && r.isAdmin === true && t.orgPath.includes(r.orgId)),
  /** The district's ledger rules. */
  'ledger:settings': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
} as const;

export const FILE_DENIED: Record<keyof typeof FILE_POLICIES, string> = {
  'veteran:self': '请先完成退役军人登记并绑定档案',
  'file:self': '只能查看本人或受托代办的档案',
  'correction:attach': '只有本人或受托代办的家属可以上传更正照片',
  'upload:attach': '请先完成登记后再上传图片',
  'file:keep': '只能查看和维护本网格或本辖区的档案',
  'ledger:read': '只能查看本辖区的台账',
  'ledger:full': '只有街道和区退役军人事务部门可以导出完整信息',
  'ledger:import': '只有服务站、街道和区的工作人员可以导入本辖区的台账',
  'ledger:export': '只有服务站、街道和区的工作人员可以导出台账',
  'ledger:rules-read': '只有工作人员可以查看台账规则',
  'ledger:duplicates': '只有区退役军人事务局的管理员可以查看和处理身份证号重复的档案',
  'ledger:settings': '只有区退役军人事务局可以修改台账规则',
};
