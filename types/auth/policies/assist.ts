import {
  holdsOver,
  ownedBy,
  GRID_TEAM,
  AREA_STAFF,
  GRID_KEEPERS,
  STREET_AND_DISTRICT,
  type CallerRoles,
  type Placed,
} from '../policy-kit';

/** Assistance applications and relief funds (帮扶救助). */
export const ASSIST_POLICIES = {
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
} as const;

export const ASSIST_DENIED: Record<keyof typeof ASSIST_POLICIES, string> = {
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
};
