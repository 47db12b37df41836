/** weapp: no banner. The H5 build shows which demo identity it runs as (environment-banner.h5.tsx). */
export function EnvironmentBanner() {
  return null;
}
