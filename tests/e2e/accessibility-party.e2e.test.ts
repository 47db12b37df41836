import { describePagesOf } from './a11y-pages';
import { ROLE_PAGES } from './a11y-roles';

jest.setTimeout(600_000);

/** Every party page a branch secretary and a 党务工作者 reach, both modes, axe-core and the layout check at 360 and 430 px (see a11y-pages.ts). */
describePagesOf('accessibility and layout: a party branch secretary and a 党务工作者', [
  ROLE_PAGES['party-secretary'],
  ROLE_PAGES['party-staff'],
]);
