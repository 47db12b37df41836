import type { WhoAmI } from '@types-contract/account/whoami';
import { listRegistrations } from '@types-contract/account/registrations';
import { listApplications } from '@types-contract/assist/applications';
import { myGroups } from '@types-contract/groups/contracts';
import { listCorrections } from '@types-contract/ledger/corrections';
import { requestInbox } from '@types-contract/requests/inbox';
import { mayAnywhere } from '../../lib/auth/policy';
import { useQuery, useRefetchOnReturn } from '../../lib/cloud';

export interface HomeTodos {
  registrations?: number;
  corrections?: number;
  requests?: number;
  assist?: number;
  mentions?: number;
}

/** The counts behind a staff member's to-dos (and 有人@我 for everyone in a group), fresh on each return. */
export function useHomeTodos(who: WhoAmI | undefined): HomeTodos {
  const gridTeam = mayAnywhere(who, 'grid:work');
  const handles = mayAnywhere(who, 'request:handle');
  const assist = mayAnywhere(who, 'assist:view');
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
