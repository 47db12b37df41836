import { createMain } from '../_kernel/router';
import setUpBranch from './actions/set-up-branch';
import setUpSmallGroup from './actions/set-up-small-group';
import appointPartyPost from './actions/appoint-party-post';
import syncBranchMembers from './actions/sync-branch-members';
import myBranches from './actions/my-branches';
import branchMembers from './actions/branch-members';
import scheduleMeeting from './actions/schedule-meeting';
import recordMeeting from './actions/record-meeting';
import uploadMeetingPhoto from './actions/upload-meeting-photo';
import meetingDetail from './actions/meeting-detail';
import listMeetings from './actions/list-meetings';
import memberParticipation from './actions/member-participation';
import exportMeetings from './actions/export-meetings';
import myPartyLife from './actions/my-party-life';
import { remindMeetings } from './actions/remind-meetings';

export const actions = [
  setUpBranch,
  setUpSmallGroup,
  appointPartyPost,
  syncBranchMembers,
  myBranches,
  branchMembers,
  scheduleMeeting,
  recordMeeting,
  uploadMeetingPhoto,
  meetingDetail,
  listMeetings,
  memberParticipation,
  exportMeetings,
  myPartyLife,
];
/** The timer trigger `remindMeetings` (config.json) reminds members the day before a meeting; the app cannot. */
export const main = createMain(actions, { remindMeetings });
