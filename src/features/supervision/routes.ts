import type { PageName } from '@types-contract/common/pages';
import { routeUrl } from '../../app-shell/route-paths';

/** The supervision subpackage's pages by their short names (paths in types/common/pages). */
const SUPERVISION_PAGES = {
  hub: 'supervisionHub',
  card: 'supervisionCard',
  notices: 'supervisionNotices',
  publishNotice: 'supervisionPublishNotice',
  prohibitions: 'supervisionProhibitions',
  fileReport: 'supervisionFileReport',
  myReports: 'supervisionMyReports',
  problems: 'problemList',
  officeReports: 'supervisionOfficeReports',
  report: 'supervisionReport',
  feedbackNew: 'supervisionFeedbackNew',
  myFeedback: 'supervisionMyFeedback',
  agencyFeedback: 'supervisionAgencyFeedback',
  appointments: 'supervisionAppointments',
  stages: 'supervisionStages',
  meetings: 'supervisionMeetings',
  meeting: 'supervisionMeeting',
  meetingNew: 'supervisionMeetingNew',
} as const satisfies Record<string, PageName>;

export type SupervisionPage = keyof typeof SUPERVISION_PAGES;

export function supervisionUrl(page: SupervisionPage, query: Record<string, string> = {}): string {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${routeUrl(SUPERVISION_PAGES[page])}${qs ? `?${qs}` : ''}`;
}
