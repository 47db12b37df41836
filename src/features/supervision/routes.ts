/** Pages of the supervision subpackage (root `features/supervision/`), as app.config.ts registers them. */
export const SUPERVISION_ROOT = 'features/supervision/';

export const SUPERVISION_PAGES = {
  hub: 'pages/index',
  card: 'pages/card',
  notices: 'pages/notices',
  publishNotice: 'pages/publish-notice',
  prohibitions: 'pages/prohibitions',
  fileReport: 'pages/file-report',
  myReports: 'pages/my-reports',
  problems: 'pages/problems',
  officeReports: 'pages/office-reports',
  report: 'pages/report',
  feedbackNew: 'pages/feedback-new',
  myFeedback: 'pages/my-feedback',
  agencyFeedback: 'pages/agency-feedback',
  appointments: 'pages/appointments',
  stages: 'pages/stages',
} as const;

export type SupervisionPage = keyof typeof SUPERVISION_PAGES;

export function supervisionUrl(page: SupervisionPage, query: Record<string, string> = {}): string {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `/${SUPERVISION_ROOT}${SUPERVISION_PAGES[page]}${qs ? `?${qs}` : ''}`;
}
