import type { Contract } from './common/contract';
import * as whoami from './account/whoami';
import * as preferences from './account/preferences';
import * as register from './account/register';
import * as registrations from './account/registrations';
import * as staff from './account/staff';
import * as org from './org/queries';
import * as subscriptions from './notify/subscriptions';
import * as groups from './groups/contracts';
import * as notices from './notices/contracts';
import * as careVisits from './care/visits';
import * as careTasks from './care/tasks';
import * as careCoverage from './care/coverage';
import * as assistApplications from './assist/applications';
import * as assistSettings from './assist/settings';
import * as assistFunds from './assist/funds';
import * as dashboard from './dashboard/overview';
import * as requestSubmit from './requests/submit';
import * as requestFollow from './requests/follow';
import * as requestHandle from './requests/handle';
import * as requestInbox from './requests/inbox';
import * as requestVisitOccasion from './requests/visit-occasion';
import * as appointments from './supervision/appointments';
import * as recruitment from './supervision/recruitment';
import * as reports from './supervision/reports';
import * as feedback from './supervision/feedback';
import * as supervisorMeetings from './supervision/meetings';
import * as profileQueries from './profile/queries';
import * as profileRequests from './profile/requests';
import * as ledgerRoster from './ledger/roster';
import * as ledgerEdits from './ledger/edits';
import * as ledgerCorrections from './ledger/corrections';
import * as ledgerReveal from './ledger/reveal';
import * as ledgerSearch from './ledger/search';
import * as ledgerTransfer from './ledger/transfer';
import * as ledgerSettings from './ledger/settings';
import * as ledgerDuplicates from './ledger/duplicates';
import * as ledgerJobs from './ledger/jobs';
import * as ledgerExports from './ledger/export';
import * as activityManage from './activities/manage';
import * as activitySignup from './activities/signup';
import * as activityCheckin from './activities/checkin';
import * as activityRecords from './activities/records';
import * as activitySummary from './activities/summary';
import * as activityCorrections from './activities/corrections';
import * as activityVolunteers from './activities/volunteers';
import * as activityVolunteerList from './activities/volunteer-list';
import * as activityTeams from './activities/teams';
import * as activityHonours from './activities/honours';
import * as partyOrganisation from './party/organisation';
import * as partyMeetings from './party/meetings';

function contractsOf(...modules: Record<string, unknown>[]): Contract[] {
  return modules.flatMap((m) =>
    Object.values(m).filter(
      (v): v is Contract => typeof v === 'object' && v !== null && 'fn' in v && 'action' in v && 'input' in v,
    ),
  );
}

/** Every cloud action of the app. Tests walk this list (an action missing from it fails them). */
export const ACTION_REGISTRY: Contract[] = contractsOf(
  whoami,
  preferences,
  register,
  registrations,
  staff,
  org,
  subscriptions,
  appointments,
  recruitment,
  reports,
  feedback,
  supervisorMeetings,
  profileQueries,
  profileRequests,
  ledgerRoster,
  ledgerEdits,
  ledgerCorrections,
  ledgerReveal,
  ledgerSearch,
  ledgerTransfer,
  ledgerSettings,
  ledgerDuplicates,
  ledgerJobs,
  ledgerExports,
  requestSubmit,
  requestFollow,
  requestHandle,
  requestInbox,
  requestVisitOccasion,
  groups,
  notices,
  careVisits,
  careTasks,
  careCoverage,
  assistApplications,
  dashboard,
  assistSettings,
  assistFunds,
  activityManage,
  activitySignup,
  activityCheckin,
  activityRecords,
  activityHonours,
  activitySummary,
  activityCorrections,
  activityVolunteers,
  activityVolunteerList,
  activityTeams,
  partyOrganisation,
  partyMeetings,
);
