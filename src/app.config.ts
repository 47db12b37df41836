import { H5_ONLY_PAGES } from '../types/common/h5-pages';
import { MAIN_PAGES, SUBPACKAGES } from '../types/common/pages';

// Evaluated at build time (Node). The H5 build runs on the local cloud and adds the demo pages;
// the weapp build never lists them, so they are never compiled into it.
const isH5 = process.env.TARO_ENV === 'h5';

const pages = [...Object.values(MAIN_PAGES), ...(isH5 ? Object.values(H5_ONLY_PAGES) : [])];

/** Feature pages outside the tabs live in subpackages, so the main package stays small. */
const subPackages = Object.values(SUBPACKAGES).map((s) => ({
  root: s.root,
  pages: Object.values(s.pages) as string[],
}));

const config = defineAppConfig({
  pages,
  subPackages,
  window: {
    // 'default' is WeChat's own bar on weapp; on H5 it makes Taro draw a title bar with a back (or home)
    // control, which H5 otherwise leaves out.
    navigationStyle: 'default',
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
        pagePath: MAIN_PAGES.home,
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: MAIN_PAGES.grid,
        text: '网格',
        iconPath: 'assets/tab/grid.png',
        selectedIconPath: 'assets/tab/grid-active.png',
      },
      {
        pagePath: MAIN_PAGES.notices,
        text: '通知',
        iconPath: 'assets/tab/notices.png',
        selectedIconPath: 'assets/tab/notices-active.png',
      },
      {
        pagePath: MAIN_PAGES.me,
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  // H5 only (WeChat draws its own transitions): no sliding between pages. Taro's router hides the page left
  // behind on a timer that outlives a quick 返回 (a tap within its 50 ms delay, or a busy phone running the
  // timers late), and the tab page returned to then stays blank; without the slide it is hidden at once.
  ...(isH5 ? { animation: false } : {}),
});

// WeChat asks for the privacy guide before any privacy API when this is set (see app-shell/privacy-gate).
// AppConfig does not declare it, hence the widening.
export default isH5 ? config : ({ ...config, __usePrivacyCheck__: true } as typeof config);
