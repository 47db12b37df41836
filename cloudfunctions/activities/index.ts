import { createMain } from '../_kernel/router';
import createActivity from './actions/create-activity';
import listActivities from './actions/list-activities';
import activityDetail from './actions/activity-detail';
import signUp from './actions/sign-up';
import cancelSignup from './actions/cancel-signup';
import checkinCode from './actions/checkin-code';
import checkIn from './actions/check-in';
import checkInByScan from './actions/check-in-by-scan';
import markAttendance from './actions/mark-attendance';
import recordHours from './actions/record-hours';
import myServiceRecord from './actions/my-service-record';
import issueCertificate from './actions/issue-certificate';
import verifyCertificate from './actions/verify-certificate';
import certificateDetail from './actions/certificate-detail';
import summarizeActivity from './actions/summarize-activity';
import correctHours from './actions/correct-hours';
import hoursCorrections from './actions/hours-corrections';
import registerVolunteer from './actions/register-volunteer';
import myVolunteerProfile from './actions/my-volunteer-profile';
import uploadActivityPhoto from './actions/upload-activity-photo';
import recordVolunteerHonour from './actions/record-volunteer-honour';
import listVolunteers from './actions/list-volunteers';
import exportVolunteers from './actions/export-volunteers';
import createTeam from './actions/create-team';
import listTeams from './actions/list-teams';
import teamDetail from './actions/team-detail';
import requestToJoinTeam from './actions/request-to-join-team';
import decideTeamRequest from './actions/decide-team-request';
import leaveTeam from './actions/leave-team';
import setTeamLeader from './actions/set-team-leader';
import { remindActivities } from './actions/remind-activities';
import { settleSignupClaims } from './actions/settle-signup-claims';

export const actions = [
  createActivity,
  listActivities,
  activityDetail,
  signUp,
  cancelSignup,
  checkinCode,
  checkIn,
  checkInByScan,
  markAttendance,
  recordHours,
  myServiceRecord,
  issueCertificate,
  verifyCertificate,
  certificateDetail,
  summarizeActivity,
  correctHours,
  hoursCorrections,
  registerVolunteer,
  myVolunteerProfile,
  uploadActivityPhoto,
  recordVolunteerHonour,
  listVolunteers,
  exportVolunteers,
  createTeam,
  listTeams,
  teamDetail,
  requestToJoinTeam,
  decideTeamRequest,
  leaveTeam,
  setTeamLeader,
];
/**
 * Timer triggers (config.json), not callable from the app: `remindActivities` reminds the signed-up the day
 * before; `settleSignupClaims` finishes or undoes sign-ups whose call died between its two writes.
 */
export const main = createMain(actions, { remindActivities, settleSignupClaims });
