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
} from '../../../types/supervision/reports';
import { examSitePhoto } from '../../support/photos';
import type { World } from '../world';
import { RECRUITMENT_OFFICE, SIGNED_IN } from './shared';
import { table } from './table';

/**
 * Integrity supervisors' reports (journey 5): "integrity supervisor: file reports of problems at any
 * stage, with evidence; follow what was done"; "recruitment office: handle supervisors' reports; publish
 * the problem list"; "supervisors' identities are not shown to the people they report on", so only the
 * office's head may learn who filed one (issue 13). The problem list is public to every user. The office
 * is not on a side: the same report is the thing in both cells.
 */
const JPEG = examSitePhoto().toString('base64');
const everyone = { inScope: SIGNED_IN, outOfScope: SIGNED_IN };
const office = { inScope: RECRUITMENT_OFFICE, outOfScope: RECRUITMENT_OFFICE };
const head = { inScope: ['recruitHead' as const], outOfScope: ['recruitHead' as const] };

const reportIn = (w: World, status: string) => w.one<{ _id: string }>('supervisionReports', { status })._id;
const ownReport = (w: World) => w.one<{ _id: string }>('reportReporters', { openid: 'demo-integrity-supervisor' })._id;
const stage = (w: World, kind: string) => w.one<{ _id: string }>('recruitmentStages', { kind })._id;

export const tables = [
  table({
    contract: stagePhoto,
    target: () => ({ dataBase64: JPEG }),
    allowed: { inScope: ['integritySupervisor'], outOfScope: ['integritySupervisor'] },
    unplaced: "a new photo's id",
  }),
  table({
    contract: fileReport,
    target: (w) => ({
      stageId: stage(w, 'physical'),
      place: '体检站',
      type: 'other' as const,
      description: '排队秩序混乱，无人引导。',
      observedAt: new Date(Date.now() - 3_600_000).toISOString(),
    }),
    allowed: { inScope: ['integritySupervisor'], outOfScope: ['integritySupervisor'] },
    unplaced: "the new report's number",
  }),
  table({
    contract: myReports,
    target: () => ({}),
    // The caller's own reports: anyone may ask, a person who filed none gets an empty list.
    allowed: everyone,
    unplaced: "the caller's own reports",
  }),
  table({ contract: listReports, target: () => ({}), allowed: office, unplaced: "the office's inbox" }),
  table({
    contract: reportDetail,
    target: (w) => ({ reportId: ownReport(w) }),
    // The office, and the supervisor who filed it ("follow what was done").
    allowed: {
      inScope: [...RECRUITMENT_OFFICE, 'integritySupervisor'],
      outOfScope: [...RECRUITMENT_OFFICE, 'integritySupervisor'],
    },
    unplaced: 'a report to the office',
  }),
  table({
    contract: handleReport,
    target: (w) => ({ reportId: reportIn(w, 'received'), step: 'accept' as const }),
    allowed: office,
    unplaced: 'a report to the office',
  }),
  table({
    contract: publishProblem,
    target: (w) => ({ reportId: reportIn(w, 'answered'), summary: '排队秩序问题', measures: '增设现场引导员。' }),
    allowed: office,
    unplaced: 'a report to the office',
  }),
  table({
    contract: revealReporter,
    target: (w) => ({ reportId: reportIn(w, 'closed') }),
    allowed: head,
    unplaced: 'a report to the office',
  }),
  table({ contract: reportFigures, target: () => ({}), allowed: office, unplaced: "the office's figures" }),
  table({ contract: exportReports, target: () => ({}), allowed: office, unplaced: "the office's reports" }),
  table({
    contract: listProblems,
    target: () => ({}),
    // "appears (anonymised) on the public problem list": every user of the app reads it.
    allowed: everyone,
    unplaced: 'the public problem list',
  }),
];
