/**
 * Pages that exist only in the H5 build on the local cloud: app.config.ts adds them when TARO_ENV is h5.
 * Imported only by app.config.ts, *.h5.tsx files and those pages, so these paths never reach the weapp bundle.
 */
export const H5_ONLY_PAGES = {
  privacyConsent: 'features/privacy/pages/consent',
  demoSignin: 'features/demo/pages/signin',
} as const;
