import { describePagesOf } from './a11y-pages';
import { ROLE_PAGES } from './a11y-roles';

jest.setTimeout(600_000);

/** Every page community and district staff reaches, both modes, axe-core and the layout check at 360 and 430 px (see a11y-pages.ts). */
describePagesOf('accessibility and layout: community and district staff', [
  ROLE_PAGES['station'],
  ROLE_PAGES['district'],
]);
