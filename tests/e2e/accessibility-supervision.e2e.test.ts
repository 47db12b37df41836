import { describePagesOf } from './a11y-pages';
import { ROLE_PAGES } from './a11y-roles';

jest.setTimeout(600_000);

/** Every page supervisors, the recruitment office and an agency reaches, both modes, axe-core and the layout check at 360 and 430 px (see a11y-pages.ts). */
describePagesOf('accessibility and layout: supervisors, the recruitment office and an agency', [
  ROLE_PAGES['integrity-supervisor'],
  ROLE_PAGES['conduct-supervisor'],
  ROLE_PAGES['recruitment-head'],
  ROLE_PAGES['agency'],
]);
