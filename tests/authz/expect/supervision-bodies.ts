import {
  appointSupervisor,
  bindSupervisor,
  listSupervisors,
  mySupervisorCards,
} from '../../../types/supervision/appointments';
import {
  answerFeedback,
  completeRectification,
  feedbackFigures,
  fileFeedback,
  listFeedback,
  myFeedback,
  respondFeedback,
} from '../../../types/supervision/feedback';
import { DEFAULT_PROHIBITIONS } from '../../../types/supervision/prohibitions';
import {
  getProhibitions,
  listNotices,
  listStages,
  publishNotice,
  saveProhibitions,
  saveStage,
} from '../../../types/supervision/recruitment';
import { AGENCY, RECRUITMENT_OFFICE as OFFICE_ID, type Side } from '../personas';
import type { World } from '../world';
import { RECRUITMENT_OFFICE, SIGNED_IN } from './shared';
import { table } from './table';

/**
 * The bodies that are not places (征兵办, 市场监督管理局) and their supervisors. From PRODUCT.md: the
 * integrity supervisor reads the recruitment notices (公示) and the ten prohibitions; the recruitment office
 * publishes them and its stage notices; the conduct supervisor files feedback on the agency and sees the
 * rectification; the agency's staff answer it and record rectification. Supervisors' identities are not
 * shown to the people they report on: the list of integrity supervisors is the office head's alone, and
 * office staff never bind as the supervisors who watch them (nobody holds two seats that let them judge
 * their own work, issue 13 item 1). Bodies are not on a side: the same thing serves both cells, except
 * where the input names a body: there "in scope" is the caller's own body, "out of scope" the other one.
 */
const everyone = { inScope: SIGNED_IN, outOfScope: SIGNED_IN };
const office = { inScope: RECRUITMENT_OFFICE, outOfScope: RECRUITMENT_OFFICE };
const readers = {
  inScope: [...RECRUITMENT_OFFICE, 'integritySupervisor' as const],
  outOfScope: [...RECRUITMENT_OFFICE, 'integritySupervisor' as const],
};
const agency = { inScope: ['agencyStaff' as const], outOfScope: ['agencyStaff' as const] };
const author = { inScope: ['conductSupervisor' as const], outOfScope: ['conductSupervisor' as const] };

const AGENCY_PEOPLE = ['demo-agency-staff', 'demo-conduct-supervisor'];
/** The caller's own body in scope (the office for anyone outside the agency), the other one out of scope. */
const bodyFor = (caller: string | null, side: Side) => {
  const own = caller && AGENCY_PEOPLE.includes(caller) ? AGENCY : OFFICE_ID;
  // Every body's people live on side A (personas.ts): side A is their own body.
  return side === 'A' ? own : own === AGENCY ? OFFICE_ID : AGENCY;
};

let certificates = 0;
const appointment = (type: 'integrity' | 'conduct', bodyId: string) => ({
  type,
  bodyId,
  name: '测试监督员',
  certificateNo: `AZ-${Date.now() % 1_000_000}-${++certificates}`,
  termStart: '2025-01-01',
  termEnd: '2030-12-31',
  agreementSigned: true,
});

/** A fresh appointment, not yet bound, with its one-time code. */
function unboundAppointment(w: World, type: 'integrity' | 'conduct'): string {
  const code = `AUTHZ${String(++certificates).padStart(4, '0')}`;
  w.copy('supervisors', { type, status: 'active' }, { openid: null, bindCode: code, certificateNo: code });
  return code;
}
const exceptStaffOf = (staff: readonly string[]) => SIGNED_IN.filter((p) => !staff.includes(p));

const stage = (w: World, kind: string) => w.one<{ _id: string }>('recruitmentStages', { kind })._id;
const feedbackIn = (w: World, status: string) => w.one<{ _id: string }>('conductFeedback', { status })._id;
const ownFeedback = (w: World, status: string) => {
  const mine = w.find<{ _id: string }>('feedbackAuthors', { openid: 'demo-conduct-supervisor' }, 50).map((a) => a._id);
  return w.one<{ _id: string }>('conductFeedback', { _id: { $in: mine }, status })._id;
};
/** A supplementary approval notice naming two candidates who passed the political check. */
const approvalNotice = (w: World) => {
  const political = w.one<{ candidates: { candidateNo: string; name: string }[] }>('recruitmentNotices', {
    kind: 'political',
  });
  return {
    stageId: stage(w, 'approval'),
    title: '批准入伍人员补充公示',
    candidates: political.candidates.slice(0, 2).map((c) => ({ ...c, result: '批准入伍' })),
    maskMode: 'middle' as const,
    publicityStart: '2026-01-01',
    publicityEnd: '2026-01-07',
  };
};

export const tables = [
  table({
    contract: appointSupervisor,
    target: () => appointment('integrity', OFFICE_ID),
    // Integrity supervisors watch the office's own staff: its head appoints them.
    allowed: { inScope: ['recruitHead'], outOfScope: ['recruitHead'] },
    unplaced: "the new appointment's id",
  }),
  table({
    contract: appointSupervisor,
    variant: 'conduct supervisor of the agency',
    target: () => appointment('conduct', AGENCY),
    allowed: agency,
    unplaced: "the new appointment's id",
  }),
  table({
    contract: bindSupervisor,
    target: (w) => ({ code: unboundAppointment(w, 'integrity') }),
    // Whoever holds the code binds, except the office staff the supervisor would watch.
    allowed: { inScope: exceptStaffOf(RECRUITMENT_OFFICE), outOfScope: exceptStaffOf(RECRUITMENT_OFFICE) },
    unplaced: "the caller's own certificate",
  }),
  table({
    contract: bindSupervisor,
    variant: 'conduct supervisor of the agency',
    target: (w) => ({ code: unboundAppointment(w, 'conduct') }),
    allowed: { inScope: exceptStaffOf(['agencyStaff']), outOfScope: exceptStaffOf(['agencyStaff']) },
    unplaced: "the caller's own certificate",
  }),
  table({
    contract: listSupervisors,
    target: (_w, side, caller) => ({ bodyId: bodyFor(caller, side) }),
    allowed: { inScope: ['recruitHead', 'agencyStaff'], outOfScope: [] },
    unplaced: "a body's supervisors",
  }),
  table({
    contract: mySupervisorCards,
    target: () => ({}),
    allowed: everyone,
    unplaced: "the caller's own certificates",
  }),
  table({
    contract: saveStage,
    target: () => ({ year: 2026, kind: 'physical' as const, startsOn: '2026-03-01', endsOn: '2026-03-31' }),
    allowed: office,
    unplaced: "the office's calendar",
  }),
  table({ contract: listStages, target: () => ({}), allowed: readers, unplaced: "the office's calendar" }),
  table({ contract: publishNotice, target: approvalNotice, allowed: office, unplaced: "the office's notices" }),
  table({ contract: listNotices, target: () => ({}), allowed: readers, unplaced: "the office's notices" }),
  table({ contract: getProhibitions, target: () => ({}), allowed: readers, unplaced: 'the ten prohibitions' }),
  table({
    contract: saveProhibitions,
    target: () => ({ items: DEFAULT_PROHIBITIONS }),
    allowed: office,
    unplaced: 'the ten prohibitions',
  }),
  table({
    contract: fileFeedback,
    target: () => ({ kind: 'suggestion' as const, subject: '办事指引', description: '建议在大厅增加办事指引牌。' }),
    allowed: author,
    unplaced: "the new feedback's number",
  }),
  table({ contract: myFeedback, target: () => ({}), allowed: everyone, unplaced: "the caller's own feedback" }),
  table({ contract: listFeedback, target: () => ({}), allowed: agency, unplaced: "the agency's feedback" }),
  table({
    contract: answerFeedback,
    target: (w) => ({
      feedbackId: feedbackIn(w, 'received'),
      answer: '已收到，正在整改。',
      measure: '限期办结',
      deadline: '2026-12-31',
    }),
    allowed: agency,
    unplaced: "the agency's feedback",
  }),
  table({
    contract: completeRectification,
    target: (w) => ({ feedbackId: feedbackIn(w, 'rectifying'), evidence: '已完成整改并公示。' }),
    allowed: agency,
    unplaced: "the agency's feedback",
  }),
  table({
    contract: respondFeedback,
    target: (w) => ({ feedbackId: ownFeedback(w, 'rectified'), verdict: 'accepted' as const }),
    allowed: author,
    unplaced: "the author's own feedback",
  }),
  table({ contract: feedbackFigures, target: () => ({}), allowed: agency, unplaced: "the agency's figures" }),
];
