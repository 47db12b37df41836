import type { RolePages } from './a11y-pages';

/**
 * The pages each role reaches from its home and menus (issue 14: every page, both modes), with the ids a
 * detail page needs found in the seeded store. The accessibility-*.e2e files check them a few roles each.
 */
export const ROLE_PAGES: Record<string, RolePages> = Object.fromEntries(
  (
    [
      {
        key: 'veteran',
        openid: 'demo-veteran-1',
        label: '张建国',
        pages: (find) => [
          '/',
          '/features/grid/pages/index',
          '/features/notices/pages/index',
          `/features/notices/notice/pages/detail?id=${find('notices', { scopeKind: 'grid', scopeOrgId: 'g-10-01-3', status: 'published' })._id}`,
          '/features/me/pages/index',
          '/features/profile/pages/my-file',
          '/features/profile/pages/proxy',
          '/features/requests/pages/mine',
          '/features/requests/pages/submit',
          `/features/requests/pages/detail?id=${find('requests', { openid: 'demo-veteran-1' })._id}`,
          '/features/assist/pages/mine',
          '/features/activities/pages/index',
          '/features/activities/pages/my-record',
          // Posted by the grid member in the test's setup (a11y-pages.ts), through the app's own action.
          `/features/activities/pages/detail?id=${find('activities', { audienceOrgId: 'g-10-01-3' })._id}`,
          '/features/supervision/pages/problems',
          '/features/privacy/pages/guide',
        ],
      },
      {
        key: 'grid-member',
        openid: 'demo-grid-member-g-10-01-3',
        label: '黄丽娟',
        pages: (find) => {
          const veteran = find('veterans', { gridId: 'g-10-01-3' });
          return [
            '/',
            '/features/grid/pages/index',
            '/features/notices/pages/index',
            '/features/me/pages/index',
            '/features/staff/pages/registrations',
            '/features/ledger/pages/roster',
            `/features/ledger/pages/file?id=${veteran._id}`,
            '/features/care/pages/index',
            `/features/care/pages/log-visit?veteranId=${veteran._id}&name=${encodeURIComponent(String(veteran.name))}`,
            '/features/requests/pages/inbox',
            `/features/assist/pages/apply-for?veteranId=${veteran._id}&name=${encodeURIComponent(String(veteran.name))}`,
            '/features/notices/notice/pages/publish',
            '/features/activities/pages/create',
            `/features/activities/pages/detail?id=${find('activities', { audienceOrgId: 'g-10-01-3' })._id}`,
            `/features/activities/pages/organise?id=${find('activities', { audienceOrgId: 'g-10-01-3' })._id}`,
          ];
        },
      },
      {
        key: 'station',
        openid: 'demo-station-staff-c-10-01',
        label: '梁晓梅',
        pages: () => [
          '/',
          '/features/ledger/pages/staff',
          '/features/requests/pages/inbox',
          '/features/care/pages/coverage',
          '/features/assist/pages/queue',
          '/features/staff/pages/team',
        ],
      },
      {
        key: 'street',
        openid: 'demo-street-admin-s-10',
        label: '吴国强',
        pages: (find) => [
          '/',
          '/features/assist/pages/queue',
          '/features/assist/pages/settings',
          '/features/requests/pages/inbox',
          '/features/requests/pages/figures',
          '/features/dashboard/pages/index',
          '/features/staff/pages/team',
          '/features/care/pages/campaigns',
          `/features/care/pages/campaign?id=${find('visitCampaigns', {})._id}`,
          '/features/care/pages/settings',
        ],
      },
      {
        key: 'district',
        openid: 'demo-district-admin',
        label: '郑海波',
        pages: () => [
          '/',
          '/features/me/pages/index',
          '/features/dashboard/pages/index',
          '/features/ledger/pages/staff',
          '/features/notices/notice/pages/publish',
          '/features/assist/pages/queue',
          '/features/staff/pages/team',
        ],
      },
      {
        key: 'integrity-supervisor',
        openid: 'demo-integrity-supervisor',
        label: '苏明远',
        pages: () => [
          '/',
          '/features/supervision/pages/index',
          '/features/supervision/pages/card',
          '/features/supervision/pages/notices',
          '/features/supervision/pages/prohibitions',
          '/features/supervision/pages/file-report',
          '/features/supervision/pages/my-reports',
          '/features/supervision/pages/problems',
        ],
      },
      {
        key: 'conduct-supervisor',
        openid: 'demo-conduct-supervisor',
        label: '杜秀兰',
        pages: () => ['/', '/features/supervision/pages/feedback-new', '/features/supervision/pages/my-feedback'],
      },
      {
        key: 'recruitment-head',
        openid: 'demo-recruitment-head',
        label: '罗振宇',
        pages: (find) => [
          '/',
          '/features/supervision/pages/office-reports',
          `/features/supervision/pages/report?id=${find('supervisionReports', {})._id}`,
          '/features/supervision/pages/publish-notice',
          '/features/supervision/pages/stages',
          '/features/supervision/pages/appointments',
        ],
      },
      {
        key: 'party-secretary',
        openid: 'demo-party-secretary',
        label: '高鑫',
        pages: (find) => [
          '/',
          '/features/party/pages/index',
          '/features/party/pages/branches',
          '/features/party/pages/branch?id=branch-c-10-01',
          `/features/party/pages/meeting?id=${find('partyMeetings', { status: 'recorded' })._id}`,
          `/features/party/pages/meeting?id=${find('partyMeetings', { status: 'scheduled' })._id}`,
          '/features/party/pages/schedule?branchId=branch-c-10-01',
        ],
      },
      {
        // The 党务工作者 over 南屏镇 (seed/build-party.ts: the seat st-s-10-2, bound by the seed).
        key: 'party-staff',
        openid: 'seed-st-s-10-2',
        label: '党务工作者',
        pages: () => ['/', '/features/party/pages/branches', '/features/party/pages/branch?id=branch-s-10'],
      },
      {
        key: 'agency',
        openid: 'demo-agency-staff',
        label: '许雅婷',
        pages: () => ['/', '/features/supervision/pages/agency-feedback'],
      },
    ] as RolePages[]
  ).map((r) => [r.key, r]),
);
