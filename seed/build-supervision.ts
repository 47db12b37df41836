import type { OrgDoc } from '../types/org/model';
import type { SupervisorDoc } from '../types/supervision/model';
import type { FeedbackAuthorDoc, FeedbackDoc } from '../types/supervision/feedback-model';
import type { ReportDoc, ReporterLinkDoc } from '../types/supervision/report-model';
import type { DemoSupervisor } from './district/demo-cast';
import { buildSupervisors } from './build-supervisors';
import { buildRecruitment, type RecruitmentSeed } from './build-recruitment';
import { buildReports } from './build-reports';
import { buildFeedback } from './build-feedback';
import { createRandom } from './random';
import type { IdentityFactory } from './synthetic-identity';

export interface SupervisionSeed extends RecruitmentSeed {
  supervisors: SupervisorDoc[];
  supervisionReports: ReportDoc[];
  reportReporters: ReporterLinkDoc[];
  conductFeedback: FeedbackDoc[];
  feedbackAuthors: FeedbackAuthorDoc[];
}

/** Supervisors of the district's units, this year's recruitment with its 公示, reports and conduct feedback. */
export function buildSupervision(
  orgs: OrgDoc[],
  seed: number,
  identities: IdentityFactory,
  now: Date,
  cast: DemoSupervisor[],
): SupervisionSeed {
  const units = orgs.filter((o) => o.kind === 'unit');
  const supervisors = buildSupervisors(units, createRandom(seed, 'supervisors'), identities, now, cast);
  const office = units.find((u) => u.unitType === 'recruitment_office');
  const recruitment: RecruitmentSeed = office
    ? buildRecruitment(office, createRandom(seed, 'recruitment'), identities, now)
    : { recruitmentStages: [], recruitmentNotices: [], recruitmentProhibitions: [] };
  const stageOf = (kind: string) => recruitment.recruitmentStages.find((s) => s.kind === kind)?._id ?? '';
  return {
    supervisors,
    ...recruitment,
    ...buildReports(stageOf, supervisors, createRandom(seed, 'reports'), now),
    ...buildFeedback(supervisors, createRandom(seed, 'feedback'), now),
  };
}
