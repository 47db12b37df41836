import { holdsOver, type CallerRoles, type Placed } from '../policy-kit';

/** Party organisation: targets are a node's path (+ a branch id, + a small group id), see types/party/model.ts. */
export const PARTY_POLICIES = {
  /** Appointing party-affairs workers over a street or the district: the district's staff. */
  'party:appoint-staff': (c: CallerRoles, t: Placed) => holdsOver(c, ['district_staff'], t),
  /** Setting up branches and small groups, appointing secretaries: party-affairs workers over the node. */
  'party:organise': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_staff'], t),
  /**
   * A branch's membership (sensitive), its meetings, attendance and exports: the branch's secretary and the
   * party-affairs workers over it; never the grid team or area staff as such.
   */
  'party:keep': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_secretary', 'party_staff'], t),
  /**
   * A party member's own organisational life (target: their 党小组 or branch): that member. The role comes
   * with whoami's roles (首页's 党组织生活), not with the caller a function loads (`partyMemberRole`,
   * cloudfunctions/_kernel/caller.ts): a member's own pages read their membership themselves.
   */
  'party:attend': (c: CallerRoles, t: Placed) => holdsOver(c, ['party_member'], t),
} as const;

export const PARTY_DENIED: Record<keyof typeof PARTY_POLICIES, string> = {
  'party:appoint-staff': '只有区退役军人事务局可以任命党务工作者',
  'party:organise': '只有本辖区的党务工作者可以设立党支部、党小组和任命支部书记',
  'party:keep': '只有本支部书记和党务工作者可以查看和登记党员及组织生活',
  'party:attend': '您的档案中没有所在退役军人党支部的记录',
};
