import { createMain } from '../_kernel/router';
import answerFeedback from './actions/answer-feedback';
import appointSupervisor from './actions/appoint-supervisor';
import bindSupervisor from './actions/bind-supervisor';
import completeRectification from './actions/complete-rectification';
import exportReports from './actions/export-reports';
import feedbackFigures from './actions/feedback-figures';
import fileFeedback from './actions/file-feedback';
import fileReport from './actions/file-report';
import getProhibitions from './actions/get-prohibitions';
import handleReport from './actions/handle-report';
import listFeedback from './actions/list-feedback';
import listNotices from './actions/list-notices';
import listProblems from './actions/list-problems';
import listReports from './actions/list-reports';
import listStages from './actions/list-stages';
import listSupervisors from './actions/list-supervisors';
import myFeedback from './actions/my-feedback';
import myReports from './actions/my-reports';
import mySupervisorCards from './actions/my-supervisor-cards';
import publishNotice from './actions/publish-notice';
import publishProblem from './actions/publish-problem';
import reportDetail from './actions/report-detail';
import reportFigures from './actions/report-figures';
import respondFeedback from './actions/respond-feedback';
import revealReporter from './actions/reveal-reporter';
import saveProhibitions from './actions/save-prohibitions';
import saveStage from './actions/save-stage';
import stagePhoto from './actions/stage-photo';

import inviteSupervisors from './actions/invite-supervisors';
import recordSupervisorAttendance from './actions/record-supervisor-attendance';
import recordMeetingSuggestion from './actions/record-meeting-suggestion';
import listSupervisorMeetings from './actions/list-supervisor-meetings';
import supervisorMeetingDetail from './actions/supervisor-meeting-detail';
/** 廉洁征兵 and 机关作风 supervision: appointments, stages and notices, reports, the problem list, conduct feedback. */
export const actions = [
  answerFeedback,
  appointSupervisor,
  bindSupervisor,
  completeRectification,
  exportReports,
  feedbackFigures,
  fileFeedback,
  fileReport,
  getProhibitions,
  handleReport,
  listFeedback,
  listNotices,
  listProblems,
  listReports,
  listStages,
  listSupervisors,
  myFeedback,
  myReports,
  mySupervisorCards,
  publishNotice,
  publishProblem,
  reportDetail,
  reportFigures,
  respondFeedback,
  revealReporter,
  saveProhibitions,
  saveStage,
  stagePhoto,
  inviteSupervisors,
  recordSupervisorAttendance,
  recordMeetingSuggestion,
  listSupervisorMeetings,
  supervisorMeetingDetail,
];
export const main = createMain(actions);
