/** Page paths as app.config.ts registers them (no leading slash). Demo pages are H5-only and live in their feature. */
export const ROUTE_PATHS = {
  home: 'features/home/pages/index',
  grid: 'features/grid/pages/index',
  notices: 'features/notices/pages/index',
  me: 'features/me/pages/index',
  registration: 'features/registration/pages/index',
  privacyGuide: 'features/privacy/pages/guide',
  staffBind: 'features/staff/pages/bind',
  staffRegistrations: 'features/staff/pages/registrations',
  staffTeam: 'features/staff/pages/team',
  noticeDetail: 'features/notices/notice/pages/detail',
  noticePublish: 'features/notices/notice/pages/publish',
  requestsMine: 'features/requests/pages/mine',
  requestsSubmit: 'features/requests/pages/submit',
  requestsDetail: 'features/requests/pages/detail',
  requestsInbox: 'features/requests/pages/inbox',
  requestsFigures: 'features/requests/pages/figures',
  supervisionHub: 'features/supervision/pages/index',
  problemList: 'features/supervision/pages/problems',
  myFile: 'features/profile/pages/my-file',
  proxy: 'features/profile/pages/proxy',
  gridLedger: 'features/ledger/pages/roster',
  staffLedger: 'features/ledger/pages/staff',
  care: 'features/care/pages/index',
  careLogVisit: 'features/care/pages/log-visit',
  careCoverage: 'features/care/pages/coverage',
  careCampaigns: 'features/care/pages/campaigns',
  careCampaign: 'features/care/pages/campaign',
  careSettings: 'features/care/pages/settings',
  dashboard: 'features/dashboard/pages/index',
  assistMine: 'features/assist/pages/mine',
  assistQueue: 'features/assist/pages/queue',
  assistApplyFor: 'features/assist/pages/apply-for',
  assistSettings: 'features/assist/pages/settings',
} as const;

export type RouteName = keyof typeof ROUTE_PATHS;

export function routeUrl(name: RouteName): string {
  return `/${ROUTE_PATHS[name]}`;
}

export const TAB_ROUTES: readonly RouteName[] = ['home', 'grid', 'notices', 'me'];
