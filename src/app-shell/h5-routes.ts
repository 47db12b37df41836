import { H5_ONLY_PAGES } from '@types-contract/common/h5-pages';

// Pages that exist only in the H5 build, as navigation urls. Imported only by *.h5.tsx files and those
// pages, so these paths never reach the weapp bundle.
export const H5_ROUTES = {
  consent: `/${H5_ONLY_PAGES.privacyConsent}`,
  signin: `/${H5_ONLY_PAGES.demoSignin}`,
} as const;
