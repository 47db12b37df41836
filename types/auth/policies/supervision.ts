import { holdsOver, ownedBy, RECRUITMENT_OFFICE, type CallerRoles, type Placed } from '../policy-kit';

/** Supervision: `t` is the body supervised (the recruitment office or an agency). */
export const SUPERVISION_POLICIES = {
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
} as const;

export const SUPERVISION_DENIED: Record<keyof typeof SUPERVISION_POLICIES, string> = {
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
};
