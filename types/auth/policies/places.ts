import {
  holdsOver,
  adminAbove,
  GRID_TEAM,
  AREA_STAFF,
  GRID_KEEPERS,
  type CallerRoles,
  type Placed,
} from '../policy-kit';

/** Grid work, the places above, staff and groups. */
export const PLACE_POLICIES = {
  /**
   * The grid team's own work, naming no grid: the registrations and corrections of their grids, the grid
   * ledger, 网格工作 on 首页 (target: their grid).
   */
  'grid:work': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_TEAM, t),
  /**
   * A place above the grids (服务站, 街道, 区), as its staff see it: its ledger, its grids' groups to browse,
   * 辖区管理 on 首页 (target: the place).
   */
  'area:oversee': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** Registrations pending in a grid: its team and the staff above it. */
  'registration:review': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /**
   * Inviting, moving, removing and marking staff of a node: an admin of a higher node, or the station of the
   * community the grid lies in (the grid teams of its own community; roles ranked below its own).
   */
  'staff:manage': (c: CallerRoles, t: Placed) => adminAbove(c, t),
  /**
   * Approving a grant that waits for a second admin, inviting at the district node itself, and the
   * district's record of grants: an admin of the district's own staff.
   */
  'staff:approve': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'district_staff' && r.isAdmin === true && t.orgPath.includes(r.orgId)),
  /** Seeing the staff list of a node: staff over it. */
  'staff:list': (c: CallerRoles, t: Placed) =>
    holdsOver(c, [...GRID_KEEPERS, 'recruitment_head', 'recruitment_staff', 'agency_staff'], t),
  /** Reading a grid's group (target: the grid): its veterans, its team, the staff above it. */
  'group:read': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_KEEPERS], t),
  /** Posting in a grid's group: its veterans and its team (staff above read and pin). */
  'group:post': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_TEAM], t),
  /** Posting while the group is announcements-only: the grid team. */
  'group:announce': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_TEAM, t),
  /** 群公告 of a grid's group: its team and the staff above. */
  'group:pin': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Announcements-only switch of a grid's group: its leader and the staff above. */
  'group:mode': (c: CallerRoles, t: Placed) => holdsOver(c, ['grid_leader', ...AREA_STAFF], t),
  /** Explicit-member groups owned by an org node (target: the owner): staff over it. */
  'group:manage': (c: CallerRoles, t: Placed) =>
    holdsOver(c, [...AREA_STAFF, 'recruitment_head', 'recruitment_staff', 'agency_staff'], t),
  /**
   * Adding a person to an explicit group (target: where the person is: a veteran's file, a staff post, a
   * supervisor's body): only someone the group's managers are staff over, so a group never reaches into
   * another street's people.
   */
  'group:add-member': (c: CallerRoles, t: Placed) =>
    holdsOver(c, [...AREA_STAFF, 'recruitment_head', 'recruitment_staff', 'agency_staff'], t),
} as const;

export const PLACE_DENIED: Record<keyof typeof PLACE_POLICIES, string> = {
  'grid:work': '只有网格长和网格员可以办理本网格的事项',
  'area:oversee': '只有服务站、街道或区的工作人员可以查看本辖区',
  'registration:review': '只有本网格的网格员或上级工作人员可以审核登记',
  'staff:manage': '只有上级单位的管理员（或本社区服务站）可以管理工作人员',
  'staff:approve': '只有区退役军人事务局的管理员可以批准任命和查看任免记录',
  'staff:list': '只能查看本辖区的工作人员',
  'group:read': '只能查看自己所在的群',
  'group:post': '只能在自己所在的网格群发言',
  'group:announce': '本群目前仅允许网格员发布公告',
  'group:pin': '只有网格员或上级工作人员可以设置群公告',
  'group:mode': '只有网格长或上级工作人员可以设置仅公告模式',
  'group:manage': '只能管理本单位的群',
  'group:add-member': '只能把本辖区（本单位）的人员加入群',
};
