// Pages that exist only in the H5 build (app.config.ts adds them when TARO_ENV is h5).
// Imported only by *.h5.tsx files and those pages, so these paths never reach the weapp bundle.
export const H5_ROUTES = {
  consent: '/features/privacy/pages/consent',
  signin: '/features/demo/pages/signin',
} as const;
