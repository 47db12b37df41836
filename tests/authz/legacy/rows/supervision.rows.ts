import type { AuthzCase } from '../case';
import type { World } from '../world';
import {
  appointSupervisor,
  bindSupervisor,
  listSupervisors,
  mySupervisorCards,
} from '../../../../types/supervision/appointments';
import {
  getProhibitions,
  listNotices,
  listStages,
  publishNotice,
  saveProhibitions,
  saveStage,
} from '../../../../types/supervision/recruitment';
import {
  exportReports,
  fileReport,
  handleReport,
  listProblems,
  listReports,
  myReports,
  publishProblem,
  reportDetail,
  reportFigures,
  revealReporter,
  stagePhoto,
} from '../../../../types/supervision/reports';
import {
  answerFeedback,
  completeRectification,
  feedbackFigures,
  fileFeedback,
  listFeedback,
  myFeedback,
  respondFeedback,
} from '../../../../types/supervision/feedback';
import { DEFAULT_PROHIBITIONS } from '../../../../types/supervision/prohibitions';
import { examSitePhoto } from '../../../support/photos';

/** A real JPEG (the e2e exam-site photo). */
const JPEG = examSitePhoto().toString('base64');

const stage = (w: World, kind: string) => w.one<{ _id: string }>('recruitmentStages', { kind })._id;
const reportIn = (w: World, status: string) => w.one<{ _id: string }>('supervisionReports', { status })._id;
const feedbackIn = (w: World, status: string) => w.one<{ _id: string }>('conductFeedback', { status })._id;
const myReportId = (w: World) => w.one<{ _id: string }>('reportReporters', { openid: 'demo-integrity-supervisor' })._id;
const myFeedbackIn = (w: World, status: string) => {
  const mine = w.find<{ _id: string }>('feedbackAuthors', { openid: 'demo-conduct-supervisor' }, 20).map((a) => a._id);
  return w.one<{ _id: string }>('conductFeedback', { _id: { $in: mine }, status })._id;
};
const approvalOfPassed = (w: World) => {
  const political = w.one<{ stageId: string; candidates: { candidateNo: string; name: string }[] }>(
    'recruitmentNotices',
    { kind: 'political' },
  );
  return {
    stageId: stage(w, 'approval'),
    title: '批准入伍人员补充公示',
    candidates: political.candidates.slice(0, 2).map((c) => ({ ...c, result: '批准入伍' })),
    maskMode: 'middle',
    publicityStart: '2030-01-01',
    publicityEnd: '2030-01-07',
  };
};
const report = (w: World) => ({
  stageId: stage(w, 'physical'),
  place: '体检站',
  type: 'other',
  description: '排队秩序混乱，无人引导。',
  observedAt: new Date(Date.now() - 3600_000).toISOString(),
});
const appointment = (type: 'integrity' | 'conduct', bodyId: string, no: string) => ({
  type,
  bodyId,
  name: '测试监督员',
  certificateNo: no,
  termStart: '2025-01-01',
  termEnd: '2035-12-31',
  agreementSigned: true,
});
const feedback = { kind: 'suggestion', subject: '办事指引', description: '建议在大厅增加办事指引牌。' };

export const cases: AuthzCase[] = [
  // Appointments: the office's head (integrity), the agency's staff (conduct); nobody else.
  {
    contract: appointSupervisor,
    as: 'anonymous',
    input: appointment('integrity', 'u-recruit', 'AZ-1'),
    expect: 'UNAUTHENTICATED',
  },
  {
    contract: appointSupervisor,
    as: 'recruitStaff',
    input: appointment('integrity', 'u-recruit', 'AZ-1'),
    expect: 'FORBIDDEN',
    note: 'staff, not the head',
  },
  {
    contract: appointSupervisor,
    as: 'agencyStaff',
    input: appointment('integrity', 'u-recruit', 'AZ-1'),
    expect: 'FORBIDDEN',
  },
  {
    contract: appointSupervisor,
    as: 'district',
    input: appointment('conduct', 'u-amr', 'AZ-2'),
    expect: 'FORBIDDEN',
    note: 'the district above is not the agency',
  },
  {
    contract: appointSupervisor,
    as: 'integritySupervisor',
    input: appointment('integrity', 'u-recruit', 'AZ-1'),
    expect: 'FORBIDDEN',
  },
  {
    contract: appointSupervisor,
    as: 'recruitHead',
    input: appointment('integrity', 'u-recruit', 'AZ-1'),
    expect: 'ok',
  },
  { contract: appointSupervisor, as: 'agencyStaff', input: appointment('conduct', 'u-amr', 'AZ-2'), expect: 'ok' },

  { contract: bindSupervisor, as: 'anonymous', input: { code: 'ABCDEFGH' }, expect: 'UNAUTHENTICATED' },
  { contract: bindSupervisor, as: 'newUser', input: { code: 'NOSUCHCD' }, expect: 'NOT_FOUND' },
  {
    contract: bindSupervisor,
    as: 'newUser',
    input: (w) => ({ code: w.one<{ bindCode: string }>('supervisors', { bindCode: { $type: 'string' } }).bindCode }),
    expect: 'ok',
    note: 'after an appointment row',
  },

  {
    contract: listSupervisors,
    as: 'recruitStaff',
    input: { bodyId: 'u-recruit' },
    expect: 'FORBIDDEN',
    note: 'the integrity list is the head’s',
  },
  { contract: listSupervisors, as: 'recruitHead', input: { bodyId: 'u-amr' }, expect: 'FORBIDDEN' },
  { contract: listSupervisors, as: 'integritySupervisor', input: { bodyId: 'u-recruit' }, expect: 'FORBIDDEN' },
  { contract: listSupervisors, as: 'recruitHead', input: { bodyId: 'u-recruit' }, expect: 'ok' },
  { contract: listSupervisors, as: 'agencyStaff', input: { bodyId: 'u-amr' }, expect: 'ok' },

  { contract: mySupervisorCards, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: mySupervisorCards, as: 'integritySupervisor', input: {}, expect: 'ok' },
  { contract: mySupervisorCards, as: 'veteranA', input: {}, expect: 'ok', note: 'no cards' },

  // Stages, notices, the ten prohibitions: the office keeps them; its supervisors read them.
  {
    contract: saveStage,
    as: 'integritySupervisor',
    input: { year: 2030, kind: 'physical', startsOn: '2030-03-01', endsOn: '2030-03-31' },
    expect: 'FORBIDDEN',
  },
  {
    contract: saveStage,
    as: 'agencyStaff',
    input: { year: 2030, kind: 'physical', startsOn: '2030-03-01', endsOn: '2030-03-31' },
    expect: 'FORBIDDEN',
  },
  {
    contract: saveStage,
    as: 'recruitStaff',
    input: { year: 2030, kind: 'physical', startsOn: '2030-03-01', endsOn: '2030-03-31' },
    expect: 'ok',
  },

  { contract: listStages, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  {
    contract: listStages,
    as: 'conductSupervisor',
    input: {},
    expect: 'FORBIDDEN',
    note: 'conduct supervisors watch the agency',
  },
  { contract: listStages, as: 'integritySupervisor', input: {}, expect: 'ok' },
  { contract: listStages, as: 'recruitStaff', input: {}, expect: 'ok' },

  { contract: publishNotice, as: 'integritySupervisor', input: approvalOfPassed, expect: 'FORBIDDEN' },
  { contract: publishNotice, as: 'district', input: approvalOfPassed, expect: 'FORBIDDEN' },
  {
    contract: publishNotice,
    as: 'recruitStaff',
    input: (w) => ({ ...approvalOfPassed(w), candidates: [{ candidateNo: 'X-1', name: '无名', result: '批准入伍' }] }),
    expect: 'PRECONDITION_FAILED',
    note: '未参加公示的不得批准入伍',
  },
  { contract: publishNotice, as: 'recruitStaff', input: approvalOfPassed, expect: 'ok' },

  { contract: listNotices, as: 'newUser', input: {}, expect: 'FORBIDDEN' },
  { contract: listNotices, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: listNotices, as: 'integritySupervisor', input: {}, expect: 'ok' },

  { contract: getProhibitions, as: 'veteranB', input: {}, expect: 'FORBIDDEN' },
  { contract: getProhibitions, as: 'integritySupervisor', input: {}, expect: 'ok' },
  {
    contract: saveProhibitions,
    as: 'integritySupervisor',
    input: { items: DEFAULT_PROHIBITIONS },
    expect: 'FORBIDDEN',
  },
  { contract: saveProhibitions, as: 'recruitHead', input: { items: DEFAULT_PROHIBITIONS }, expect: 'ok' },

  // Reports: integrity supervisors file; the office handles; the head alone reveals; everyone reads the problem list.
  { contract: stagePhoto, as: 'anonymous', input: { dataBase64: JPEG }, expect: 'UNAUTHENTICATED' },
  { contract: stagePhoto, as: 'recruitStaff', input: { dataBase64: JPEG }, expect: 'FORBIDDEN' },
  { contract: stagePhoto, as: 'conductSupervisor', input: { dataBase64: JPEG }, expect: 'FORBIDDEN' },
  { contract: stagePhoto, as: 'integritySupervisor', input: { dataBase64: JPEG }, expect: 'ok' },

  { contract: fileReport, as: 'veteranA', input: report, expect: 'FORBIDDEN' },
  { contract: fileReport, as: 'recruitHead', input: report, expect: 'FORBIDDEN' },
  { contract: fileReport, as: 'conductSupervisor', input: report, expect: 'FORBIDDEN' },
  { contract: fileReport, as: 'integritySupervisor', input: report, expect: 'ok' },

  { contract: myReports, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myReports, as: 'integritySupervisor', input: {}, expect: 'ok' },

  { contract: listReports, as: 'integritySupervisor', input: {}, expect: 'FORBIDDEN' },
  { contract: listReports, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: listReports, as: 'district', input: {}, expect: 'FORBIDDEN' },
  { contract: listReports, as: 'recruitStaff', input: {}, expect: 'ok' },

  {
    contract: reportDetail,
    as: 'veteranA',
    input: (w) => ({ reportId: reportIn(w, 'received') }),
    expect: 'FORBIDDEN',
  },
  {
    contract: reportDetail,
    as: 'agencyStaff',
    input: (w) => ({ reportId: reportIn(w, 'received') }),
    expect: 'FORBIDDEN',
  },
  { contract: reportDetail, as: 'conductSupervisor', input: (w) => ({ reportId: myReportId(w) }), expect: 'FORBIDDEN' },
  {
    contract: reportDetail,
    as: 'integritySupervisor',
    input: (w) => ({ reportId: myReportId(w) }),
    expect: 'ok',
    note: 'their own',
  },
  { contract: reportDetail, as: 'recruitStaff', input: (w) => ({ reportId: reportIn(w, 'received') }), expect: 'ok' },

  {
    contract: handleReport,
    as: 'integritySupervisor',
    input: (w) => ({ reportId: reportIn(w, 'received'), step: 'accept' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: handleReport,
    as: 'agencyStaff',
    input: (w) => ({ reportId: reportIn(w, 'received'), step: 'accept' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: handleReport,
    as: 'recruitStaff',
    input: (w) => ({ reportId: reportIn(w, 'handling'), step: 'answer', note: '已核查并处理。' }),
    expect: 'ok',
  },

  {
    contract: publishProblem,
    as: 'veteranA',
    input: (w) => ({ reportId: reportIn(w, 'answered'), summary: '排队秩序问题', measures: '增设引导员。' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: publishProblem,
    as: 'integritySupervisor',
    input: (w) => ({ reportId: reportIn(w, 'answered'), summary: '排队秩序问题', measures: '增设引导员。' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: publishProblem,
    as: 'recruitHead',
    input: (w) => ({ reportId: reportIn(w, 'answered'), summary: '排队秩序问题', measures: '增设引导员。' }),
    expect: 'ok',
  },

  {
    contract: revealReporter,
    as: 'recruitStaff',
    input: (w) => ({ reportId: reportIn(w, 'closed') }),
    expect: 'FORBIDDEN',
    note: 'only the head',
  },
  {
    contract: revealReporter,
    as: 'district',
    input: (w) => ({ reportId: reportIn(w, 'closed') }),
    expect: 'FORBIDDEN',
  },
  {
    contract: revealReporter,
    as: 'integritySupervisor',
    input: (w) => ({ reportId: myReportId(w) }),
    expect: 'FORBIDDEN',
  },
  { contract: revealReporter, as: 'recruitHead', input: (w) => ({ reportId: reportIn(w, 'closed') }), expect: 'ok' },

  { contract: reportFigures, as: 'integritySupervisor', input: {}, expect: 'FORBIDDEN' },
  { contract: reportFigures, as: 'recruitHead', input: {}, expect: 'ok' },
  { contract: exportReports, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: exportReports, as: 'recruitStaff', input: {}, expect: 'ok' },

  { contract: listProblems, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: listProblems, as: 'newUser', input: {}, expect: 'ok', note: 'published to the whole district' },
  { contract: listProblems, as: 'veteranB', input: {}, expect: 'ok' },

  // Conduct feedback: the agency's conduct supervisors file; its staff answer and rectify; the author responds.
  { contract: fileFeedback, as: 'integritySupervisor', input: feedback, expect: 'FORBIDDEN' },
  { contract: fileFeedback, as: 'agencyStaff', input: feedback, expect: 'FORBIDDEN' },
  { contract: fileFeedback, as: 'conductSupervisor', input: feedback, expect: 'ok' },

  { contract: myFeedback, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: myFeedback, as: 'conductSupervisor', input: {}, expect: 'ok' },

  { contract: listFeedback, as: 'conductSupervisor', input: {}, expect: 'FORBIDDEN' },
  { contract: listFeedback, as: 'recruitHead', input: {}, expect: 'FORBIDDEN' },
  { contract: listFeedback, as: 'agencyStaff', input: {}, expect: 'ok' },

  {
    contract: answerFeedback,
    as: 'conductSupervisor',
    input: (w) => ({ feedbackId: feedbackIn(w, 'received'), answer: '已收到并整改。' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: answerFeedback,
    as: 'recruitStaff',
    input: (w) => ({ feedbackId: feedbackIn(w, 'received'), answer: '已收到并整改。' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: answerFeedback,
    as: 'agencyStaff',
    input: (w) => ({
      feedbackId: feedbackIn(w, 'received'),
      answer: '已收到，正在整改。',
      measure: '限期办结',
      deadline: '2035-01-01',
    }),
    expect: 'ok',
  },

  {
    contract: completeRectification,
    as: 'conductSupervisor',
    input: (w) => ({ feedbackId: feedbackIn(w, 'rectifying'), evidence: '已完成整改。' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: completeRectification,
    as: 'agencyStaff',
    input: (w) => ({ feedbackId: feedbackIn(w, 'rectifying'), evidence: '已完成整改。' }),
    expect: 'ok',
  },

  {
    contract: respondFeedback,
    as: 'agencyStaff',
    input: (w) => ({ feedbackId: myFeedbackIn(w, 'rectified'), verdict: 'accepted' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: respondFeedback,
    as: 'integritySupervisor',
    input: (w) => ({ feedbackId: myFeedbackIn(w, 'rectified'), verdict: 'accepted' }),
    expect: 'FORBIDDEN',
    note: 'not the author',
  },
  {
    contract: respondFeedback,
    as: 'conductSupervisor',
    input: (w) => ({ feedbackId: myFeedbackIn(w, 'rectified'), verdict: 'accepted' }),
    expect: 'ok',
  },

  { contract: feedbackFigures, as: 'conductSupervisor', input: {}, expect: 'FORBIDDEN' },
  { contract: feedbackFigures, as: 'agencyStaff', input: {}, expect: 'ok' },
];
