import { createMain } from '../_kernel/router';
import createActivity from './actions/create-activity';
import listActivities from './actions/list-activities';
import activityDetail from './actions/activity-detail';
import signUp from './actions/sign-up';
import cancelSignup from './actions/cancel-signup';
import checkinCode from './actions/checkin-code';
import checkIn from './actions/check-in';
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
import { remindActivities } from './actions/remind-activities';

export const actions = [
  createActivity,
  listActivities,
  activityDetail,
  signUp,
  cancelSignup,
  checkinCode,
  checkIn,
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
];
/** The timer trigger `remindActivities` (config.json) reminds the signed-up the day before; the app cannot. */
export const main = createMain(actions, { remindActivities });
