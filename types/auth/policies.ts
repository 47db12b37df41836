import { STAFF_ROLES, type RoleAssignment, type Role } from './roles';

/** What a policy knows of the caller. */
export interface CallerRoles {
  roles: RoleAssignment[];
  /** The ids that name the caller as a person (their openid, their own file's id): what owner policies match. */
  selfIds?: readonly string[];
  /** The files the caller acts for as a family member (代办, granted by a grid member's code). */
  actsFor?: readonly string[];
}

/** What a policy knows of the thing acted on: where it lies (its org path, district first). */
export interface Placed {
  orgPath: string[];
  /** For a thing a person owns (their request, report, feedback, file, notice): the ids naming that person. */
  ownerIds?: readonly (string | null | undefined)[];
}

/** Role groups, declared once: policies, resolvers and the UI read these. */
export const GRID_TEAM: Role[] = ['grid_leader', 'grid_member'];
export const AREA_STAFF: Role[] = ['station_staff', 'street_staff', 'district_staff'];
export const GRID_KEEPERS: Role[] = [...GRID_TEAM, ...AREA_STAFF];
export const RECRUITMENT_OFFICE: Role[] = ['recruitment_head', 'recruitment_staff'];
/** Every staff role (places and bodies alike). */
export const ANY_STAFF: Role[] = [...STAFF_ROLES];
/** Street and district staff: the full ledger, relief funds, second-level approvals. */
export const STREET_AND_DISTRICT: Role[] = ['street_staff', 'district_staff'];

/** True when one of the caller's assignments with one of `roles` covers `target` (its node or above). */
export function holdsOver(caller: CallerRoles, roles: Role[], target: Placed): boolean {
  return caller.roles.some((r) => roles.includes(r.role) && target.orgPath.includes(r.orgId));
}

/** True when the caller is the person who owns `target` (one of its owner ids is one of theirs). */
export function ownedBy(caller: CallerRoles, target: Placed): boolean {
  return (target.ownerIds ?? []).some((id) => Boolean(id) && (caller.selfIds ?? []).includes(id as string));
}

/** True when the caller owns `target` or acts for its owner as a family member. */
function ownedOrActedFor(caller: CallerRoles, target: Placed): boolean {
  return (
    ownedBy(caller, target) ||
    (target.ownerIds ?? []).some((id) => Boolean(id) && (caller.actsFor ?? []).includes(id as string))
  );
}

/**
 * A seat from which one manages the staff of the nodes below it: an admin of its node, or a community's
 * service station, which manages the grid teams of its community (PRODUCT.md: station / street / district
 * staff "manage grids and staff").
 */
function managesStaffBelow(r: RoleAssignment): boolean {
  return r.isAdmin === true || r.role === 'station_staff';
}

/** True when one of the caller's seats that manages staff lies strictly above `target`'s own node. */
export function adminAbove(caller: CallerRoles, target: Placed): boolean {
  const own = target.orgPath[target.orgPath.length - 1];
  return caller.roles.some((r) => managesStaffBelow(r) && r.orgId !== own && target.orgPath.includes(r.orgId));
}

/**
 * Named policies shared by the functions (which enforce them) and the UI (which hides what the caller
 * cannot do). A policy answers for one caller and one placed thing.
 */
export const POLICIES = {
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
  /** Publishing a notice to a scope (target: the scope node): the grid team for their grid, staff in their jurisdiction. */
  'notice:publish': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /**
   * Editing and withdrawing a notice (target: the path of the seat it was published from, owned by the
   * publisher): the publisher, or staff of a node strictly ABOVE that seat. Not the publisher's peers (a grid
   * member does not withdraw the leader's notice) and not the team of the grid a notice from above was scoped
   * to (they do not rewrite the district's words).
   */
  'notice:change': (c: CallerRoles, t: Placed) =>
    ownedBy(c, t) || (t.orgPath.length > 1 && holdsOver(c, GRID_KEEPERS, { orgPath: t.orgPath.slice(0, -1) })),
  /** Read receipts of a notice (target: its scope): staff over the scope (the publisher always). */
  'notice:receipts': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Logging visits and recording mandatory-visit occasions for a veteran: their grid team and staff above. */
  'care:log': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Seeing visits, tasks and coverage of a node: its grid team and staff above. */
  'care:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Reading the district's care settings (the occasions to pick from): anyone registered in the district. */
  'care:settings-read': (c: CallerRoles, t: Placed) => c.roles.some((r) => t.orgPath.includes(r.orgId)),
  /** The district's care settings (the six occasions, contact periods). */
  'care:settings': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Visit campaigns over a node: station, street and district staff. */
  'care:campaign': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** Acting on one's own file (a request, an application, a service record): a veteran bound to it. */
  'veteran:self': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran'], t),
  /** One's own file (target: the file, owned by its id): the veteran bound to it, or a family member acting for them. */
  'file:self': (c: CallerRoles, t: Placed) => ownedOrActedFor(c, t),
  /** A photo for a correction of a file, naming none yet: a veteran with a file, or a family member acting for one. */
  'correction:attach': (c: CallerRoles, _t: Placed) =>
    c.roles.some((r) => r.role === 'veteran') || (c.actsFor ?? []).length > 0,
  /** Uploading a photo to attach to a request or an application: a registered veteran or staff. */
  'upload:attach': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...ANY_STAFF], t),
  /** Applying for assistance on a veteran's behalf: their grid team and the station. */
  'assist:apply-for': (c: CallerRoles, t: Placed) => holdsOver(c, [...GRID_TEAM, 'station_staff'], t),
  /** Uploading evidence for an application: those who may apply, a veteran or staff for one (not units' staff). */
  'assist:attach': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_TEAM, 'station_staff'], t),
  /** Reading the approval limits one works by: veterans, grid teams and place staff. */
  'assist:limits-read': (c: CallerRoles, t: Placed) => holdsOver(c, ['veteran', ...GRID_KEEPERS], t),
  /** Seeing the district's relief funds and their balance: street and district staff. */
  'assist:funds-read': (c: CallerRoles, t: Placed) => holdsOver(c, STREET_AND_DISTRICT, t),
  /** Seeing applications of a node. */
  'assist:view': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** The station's review of an application. */
  'assist:review': (c: CallerRoles, t: Placed) => holdsOver(c, ['station_staff'], t),
  /** Approval of a subsidy within the street's limit. */
  'assist:approve-street': (c: CallerRoles, t: Placed) => holdsOver(c, STREET_AND_DISTRICT, t),
  /** Approval above the street's limit, and of relief-fund cases. */
  'assist:approve-district': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Recording a disbursement. */
  'assist:disburse': (c: CallerRoles, t: Placed) => holdsOver(c, STREET_AND_DISTRICT, t),
  /**
   * Deciding on an application (review, approval, disbursement), beside the step's own policy: nobody who
   * submitted it or whom it is for (target: the application, owned by its applicant's openid and its file).
   */
  'assist:impartial': (c: CallerRoles, t: Placed) => !ownedBy(c, t),
  /** The district's approval limits (target: the district). */
  'assist:settings': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Opening a relief fund, adding money to it, its movements (target: the district owning it). */
  'assist:funds': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** The dashboard over a node: staff of any level over it. */
  'dashboard:view': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** A dashboard table as .xlsx: station, street and district staff (the grid team reads its figures on screen). */
  'dashboard:export': (c: CallerRoles, t: Placed) => holdsOver(c, AREA_STAFF, t),
  /** Filing a request for a veteran: the team of the veteran's grid. */
  'request:submitFor': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_TEAM, t),
  /** Following one's own request (add information, rate, reopen; target: the request, owned by its submitter). */
  'request:own': (c: CallerRoles, t: Placed) => ownedBy(c, t),
  /** One request's page: the person who asked (or was filed for) and the staff over it. */
  'request:view': (c: CallerRoles, t: Placed) => ownedBy(c, t) || holdsOver(c, GRID_KEEPERS, t),
  /** Seeing requests, figures and exports of a place: its grid team and the staff above it. */
  'request:oversee': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Taking a step on a request: staff of the org node that handles it now (target: that node's path). */
  'request:handle': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => GRID_KEEPERS.includes(r.role) && r.orgId === t.orgPath[t.orgPath.length - 1]),
  // Supervision: `t` is the body supervised (the recruitment office or an agency).
  /** Appointing integrity supervisors: the recruitment office's head. */
  'supervisor:appoint-integrity': (c: CallerRoles, t: Placed) => holdsOver(c, ['recruitment_head'], t),
  /** Appointing conduct supervisors: the agency's staff. */
  'supervisor:appoint-conduct': (c: CallerRoles, t: Placed) => holdsOver(c, ['agency_staff'], t),
  /**
   * Binding an appointment (target: the appointing body): anyone with the code except the body's own staff,
   * who would then judge reports on their own work (issue 13 item 1: no two seats that approve one's own work).
   */
  'supervisor:bind': (c: CallerRoles, t: Placed) => !holdsOver(c, [...RECRUITMENT_OFFICE, 'agency_staff'], t),
  /** Stages, notices (公示) and the ten prohibitions: kept by the recruitment office. */
  'recruitment:manage': (c: CallerRoles, t: Placed) => holdsOver(c, RECRUITMENT_OFFICE, t),
  /** Reading them: the office and its integrity supervisors (in term or not). */
  'recruitment:read': (c: CallerRoles, t: Placed) => holdsOver(c, [...RECRUITMENT_OFFICE, 'integrity_supervisor'], t),
  /** Filing a report: an integrity supervisor of the office (the term is checked by the action). */
  'report:file': (c: CallerRoles, t: Placed) => holdsOver(c, ['integrity_supervisor'], t),
  /** Handling reports and publishing the problem list: the office's staff. */
  'report:handle': (c: CallerRoles, t: Placed) => holdsOver(c, RECRUITMENT_OFFICE, t),
  /** One report's page (target: the office, owned by the reporter): the office's staff and the reporter. */
  'report:view': (c: CallerRoles, t: Placed) => holdsOver(c, RECRUITMENT_OFFICE, t) || ownedBy(c, t),
  /** Seeing who filed a report: the office's head alone. */
  'report:reveal': (c: CallerRoles, t: Placed) => holdsOver(c, ['recruitment_head'], t),
  /** Filing conduct feedback: a conduct supervisor of the agency. */
  'feedback:file': (c: CallerRoles, t: Placed) => holdsOver(c, ['conduct_supervisor'], t),
  /** Accepting or disputing the answer to feedback (target: the agency, owned by the author): its author. */
  'feedback:respond': (c: CallerRoles, t: Placed) => ownedBy(c, t),
  /** Answering feedback and recording rectification: the agency's staff. */
  'feedback:handle': (c: CallerRoles, t: Placed) => holdsOver(c, ['agency_staff'], t),
  /** Inviting the body's supervisors to meetings, recording attendance and the suggestions raised: its staff. */
  'supervisor:meet': (c: CallerRoles, t: Placed) => holdsOver(c, ['agency_staff', ...RECRUITMENT_OFFICE], t),
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
  /** Organising activities of a node (target: the organiser node): its grid team and the staff over it. */
  'activity:organise': (c: CallerRoles, t: Placed) => holdsOver(c, GRID_KEEPERS, t),
  /** Signing up (target: the audience node): a veteran whose own grid lies under it. */
  'activity:join': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgPath.includes(t.orgPath[t.orgPath.length - 1])),
  /** Registering as a volunteer (target: the veteran's own file path): that veteran. */
  'volunteer:register': (c: CallerRoles, t: Placed) =>
    c.roles.some((r) => r.role === 'veteran' && r.orgId === t.orgPath[t.orgPath.length - 1]),
  // Party organisation: targets are a node's path (+ a branch id, + a small group id), see types/party/model.ts.
  /** Appointing party-affairs workers over a street or the district: the district's staff. */
  'party:appoint-staff': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Setting up branches and small groups, appointing secretaries: party-affairs workers over the node. */
  'party:organise': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_staff'], t),
  /**
   * A branch's membership (sensitive), its meetings, attendance and exports: the branch's secretary and the
   * party-affairs workers over it; never the grid team or area staff as such.
   */
  'party:keep': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_secretary', 'party_staff'], t),
  /** A party member's own organisational life (target: their 党小组 or branch): that member. */
  'party:attend': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_member'], t),
} as const;

export type PolicyName = keyof typeof POLICIES;

export function can(caller: CallerRoles, policy: PolicyName, target: Placed): boolean {
  return POLICIES[policy](caller, target);
}

/**
 * The caller's widest assignment over whose own place the policy allows them: where they act from when
 * no thing is named (their district's settings and funds, an upload, the default node of a view).
 */
export function seatFor(caller: CallerRoles, policy: PolicyName): RoleAssignment | undefined {
  return [...caller.roles]
    .sort((a, b) => a.orgPath.length - b.orgPath.length)
    .find((r) => can(caller, policy, { orgPath: r.orgPath }));
}

/**
 * Each of the caller's assignments that by itself allows the policy at its own node (the grids a grid team
 * works, the nodes one may organise from), in the caller's order.
 */
export function seatsFor(caller: CallerRoles, policy: PolicyName): RoleAssignment[] {
  return caller.roles.filter((r) => seatAllows(r, policy));
}

/** True when this one assignment, by itself, allows the policy at its own node (what kind of seat it is). */
export function seatAllows(seat: RoleAssignment, policy: PolicyName): boolean {
  return can({ roles: [seat] }, policy, { orgPath: seat.orgPath });
}

/**
 * The caller's first assignment that by itself allows the policy over `target`: the seat they act from
 * there (whose name and post a record of the step carries).
 */
export function seatOver(caller: CallerRoles, policy: PolicyName, target: Placed): RoleAssignment | undefined {
  return caller.roles.find((r) => can({ roles: [r] }, policy, target));
}

/** A node below `seat`'s own, as a target: what a policy allows on the things under a post (its staff). */
const belowSeat = (seat: RoleAssignment): Placed => ({ orgPath: [...seat.orgPath, '(below)'] });

/** The caller's first assignment from which the policy allows them on what lies below its node (managing staff). */
export function seatForBelow(caller: CallerRoles, policy: PolicyName): RoleAssignment | undefined {
  return caller.roles.find((r) => can({ roles: [r] }, policy, belowSeat(r)));
}

/** True when the policy allows the caller somewhere (the UI: whether to offer the action at all). */
export function canSomewhere(caller: CallerRoles, policy: PolicyName): boolean {
  return seatFor(caller, policy) !== undefined;
}

export const POLICY_DENIED_MESSAGES: Record<PolicyName, string> = {
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
  'notice:publish': '只能向自己管辖的范围发布通知',
  'notice:change': '只有发布人或上级工作人员可以修改或撤回通知',
  'notice:receipts': '只能查看本辖区通知的阅读情况',
  'care:log': '只能为本网格（本辖区）的退役军人记录走访',
  'care:view': '只能查看本辖区的走访情况',
  'care:settings-read': '完成登记后才能查看走访事由',
  'care:settings': '只有区退役军人事务局可以设置六必访事由',
  'care:campaign': '只有服务站、街道或区的工作人员可以在本辖区发起大走访',
  'veteran:self': '请先完成退役军人登记并绑定档案',
  'file:self': '只能查看本人或受托代办的档案',
  'correction:attach': '只有本人或受托代办的家属可以上传更正照片',
  'upload:attach': '请先完成登记后再上传图片',
  'assist:apply-for': '只能为本网格的退役军人代为申请',
  'assist:attach': '只有退役军人本人、网格员或服务站可以上传救助申请材料',
  'assist:limits-read': '只有退役军人、网格员和工作人员可以查看补助标准',
  'assist:funds-read': '只有街道或区的工作人员可以查看救助专项资金',
  'assist:view': '只能查看本辖区的救助申请',
  'assist:review': '只有所在社区服务站可以审核该申请',
  'assist:approve-street': '只有所在街道或区可以审批该申请',
  'assist:approve-district': '超出街道审批权限（或为救助专项资金申请），须报区退役军人事务局审批',
  'assist:disburse': '只有所在街道或区可以登记发放',
  'assist:impartial': '不能审核或审批自己提交的（或本人的）申请',
  'assist:settings': '只有区退役军人事务局可以设置补助审批权限',
  'assist:funds': '只有区退役军人事务局可以管理救助专项资金',
  'dashboard:view': '只能查看本辖区的统计数据',
  'dashboard:export': '只有服务站、街道和区的工作人员可以导出统计表',
  'request:submitFor': '只能为本网格的退役军人代为提交诉求',
  'request:own': '只能操作自己的诉求',
  'request:view': '只能查看自己的或本辖区的诉求',
  'request:oversee': '只能查看本辖区的诉求',
  'request:handle': '该诉求不在您的办理范围内',
  'supervisor:appoint-integrity': '只有征兵办负责人可以聘任廉洁征兵监督员',
  'supervisor:appoint-conduct': '只有本机关工作人员可以聘任作风监督员',
  'supervisor:bind': '本单位工作人员不能担任监督本单位的监督员',
  'recruitment:manage': '只有征兵办工作人员可以维护征兵阶段、公示和“十个严禁”',
  'recruitment:read': '只有征兵办和廉洁征兵监督员可以查看',
  'report:file': '只有廉洁征兵监督员可以反映问题',
  'report:handle': '只有征兵办工作人员可以处理监督员反映的问题',
  'report:view': '只能查看自己反映的问题',
  'report:reveal': '只有征兵办负责人可以查看反映人',
  'feedback:file': '只有本机关的作风监督员可以提意见建议',
  'feedback:respond': '只能评价自己提出的意见建议',
  'feedback:handle': '只有本机关工作人员可以答复意见建议',
  'supervisor:meet': '只有本单位工作人员可以邀请监督员参加会议和登记意见建议',
  'file:keep': '只能查看和维护本网格或本辖区的档案',
  'ledger:read': '只能查看本辖区的台账',
  'ledger:full': '只有街道和区退役军人事务部门可以导出完整信息',
  'ledger:import': '只有服务站、街道和区的工作人员可以导入本辖区的台账',
  'ledger:export': '只有服务站、街道和区的工作人员可以导出台账',
  'ledger:rules-read': '只有工作人员可以查看台账规则',
  'ledger:settings': '只有区退役军人事务局可以修改台账规则',
  'ledger:duplicates': '只有区退役军人事务局的管理员可以查看和处理身份证号重复的档案',
  'activity:organise': '只能组织和管理本单位（本辖区）的活动',
  'activity:join': '该活动不面向您所在的网格',
  'volunteer:register': '绑定档案的退役军人才能登记为志愿者',
  'party:appoint-staff': '只有区退役军人事务局可以任命党务工作者',
  'party:organise': '只有本辖区的党务工作者可以设立党支部、党小组和任命支部书记',
  'party:keep': '只有本支部书记和党务工作者可以查看和登记党员及组织生活',
  'party:attend': '您的档案中没有所在退役军人党支部的记录',
};
