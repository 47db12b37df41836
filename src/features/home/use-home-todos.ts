import type { WhoAmI } from '@types-contract/account/whoami';
import { listRegistrations } from '@types-contract/account/registrations';
import { listApplications } from '@types-contract/assist/applications';
import { can, type CallerRoles, type PolicyName } from '@types-contract/auth/policies';
import { myGroups } from '@types-contract/groups/contracts';
import { listCorrections } from '@types-contract/ledger/corrections';
import { requestInbox } from '@types-contract/requests/inbox';
import { useQuery, useRefetchOnReturn } from '../../lib/cloud';

/** True when one of the person's own posts allows `policy` at its own node: the same rule the functions apply. */
export function mayAtOwnNode(who: WhoAmI, policy: PolicyName): boolean {
  const caller: CallerRoles = {
    roles: who.roles.map((r) => ({ role: r.role, orgId: r.orgId, orgPath: r.orgPath, isAdmin: r.isAdmin })),
  };
  return who.roles.some((r) => r.role !== 'veteran' && can(caller, policy, { orgPath: r.orgPath }));
}

const GRID_TEAM = ['grid_leader', 'grid_member'];

export interface HomeTodos {
  registrations?: number;
  corrections?: number;
  requests?: number;
  assist?: number;
  mentions?: number;
}

/** The counts behind a staff member's to-dos (and 有人@我 for everyone in a group), fresh on each return. */
export function useHomeTodos(who: WhoAmI | undefined): HomeTodos {
  const gridTeam = Boolean(who?.roles.some((r) => GRID_TEAM.includes(r.role)));
  const handles = Boolean(who && mayAtOwnNode(who, 'request:handle'));
  const assist = Boolean(who && mayAtOwnNode(who, 'assist:view'));
  const registrations = useQuery(listRegistrations, { status: 'pending' }, { enabled: gridTeam });
  const corrections = useQuery(listCorrections, {}, { enabled: gridTeam });
  const inbox = useQuery(requestInbox, { scope: 'queue', state: 'open', page: 0 }, { enabled: handles });
  const applications = useQuery(listApplications, { orgId: null, status: null }, { enabled: assist });
  const groups = useQuery(myGroups, {}, { enabled: Boolean(who) });
  useRefetchOnReturn(registrations, corrections, inbox, applications, groups);
  return {
    registrations: gridTeam ? registrations.data?.items.length : undefined,
    corrections: gridTeam ? corrections.data?.items.length : undefined,
    requests: handles ? inbox.data?.total : undefined,
    assist: assist ? applications.data?.items.length : undefined,
    mentions: groups.data?.totalMentionsMe,
  };
}
