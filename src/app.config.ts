import { ROUTE_PATHS } from './app-shell/route-paths';
import { SUPERVISION_PAGES, SUPERVISION_ROOT } from './features/supervision/routes';

// Evaluated at build time (Node). The H5 build runs on the local cloud and adds the demo pages;
// the weapp build never lists them, so they are never compiled into it.
const isH5 = process.env.TARO_ENV === 'h5';

const pages = [
  ROUTE_PATHS.home,
  ROUTE_PATHS.grid,
  ROUTE_PATHS.notices,
  ROUTE_PATHS.me,
  ROUTE_PATHS.registration,
  ROUTE_PATHS.privacyGuide,
  ...(isH5 ? ['features/privacy/pages/consent', 'features/demo/pages/signin'] : []),
];

/** Feature pages outside the tabs live in subpackages, so the main package stays small. */
const subPackages = [
  { root: 'features/staff/', pages: ['pages/bind', 'pages/registrations', 'pages/team'] },
  { root: 'features/notices/notice/', pages: ['pages/detail', 'pages/publish'] },
  { root: 'features/requests/', pages: ['pages/mine', 'pages/submit', 'pages/detail', 'pages/inbox', 'pages/figures'] },
  { root: SUPERVISION_ROOT, pages: Object.values(SUPERVISION_PAGES) },
  { root: 'features/profile/', pages: ['pages/my-file', 'pages/proxy'] },
  { root: 'features/ledger/', pages: ['pages/roster', 'pages/file', 'pages/staff'] },
  {
    root: 'features/care/',
    pages: ['pages/index', 'pages/log-visit', 'pages/coverage', 'pages/campaigns', 'pages/campaign', 'pages/settings'],
  },
  { root: 'features/dashboard/', pages: ['pages/index'] },
  { root: 'features/assist/', pages: ['pages/mine', 'pages/queue', 'pages/apply-for', 'pages/settings'] },
];

const config = defineAppConfig({
  pages,
  subPackages,
  window: {
    navigationBarTitleText: '网格+退役军人',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#b71c1c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: ROUTE_PATHS.home,
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: ROUTE_PATHS.grid,
        text: '网格',
        iconPath: 'assets/tab/grid.png',
        selectedIconPath: 'assets/tab/grid-active.png',
      },
      {
        pagePath: ROUTE_PATHS.notices,
        text: '通知',
        iconPath: 'assets/tab/notices.png',
        selectedIconPath: 'assets/tab/notices-active.png',
      },
      {
        pagePath: ROUTE_PATHS.me,
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
});

// WeChat asks for the privacy guide before any privacy API when this is set (see app-shell/privacy-gate).
// AppConfig does not declare it, hence the widening.
export default isH5 ? config : ({ ...config, __usePrivacyCheck__: true } as typeof config);
