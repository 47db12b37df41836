/** Page paths as app.config.ts registers them (no leading slash). Demo pages are H5-only and live in their feature. */
export const ROUTE_PATHS = {
  home: 'features/home/pages/index',
  grid: 'features/grid/pages/index',
  notices: 'features/notices/pages/index',
  me: 'features/me/pages/index',
  registration: 'features/registration/pages/index',
  privacyGuide: 'features/privacy/pages/guide',
} as const;

export type RouteName = keyof typeof ROUTE_PATHS;

export function routeUrl(name: RouteName): string {
  return `/${ROUTE_PATHS[name]}`;
}

export const TAB_ROUTES: readonly RouteName[] = ['home', 'grid', 'notices', 'me'];

/** Pages in subpackages that other features link to (absolute URLs). */
export const SUBPACKAGE_URLS = {
  supervisionHub: '/features/supervision/pages/index',
  problemList: '/features/supervision/pages/problems',
} as const;
