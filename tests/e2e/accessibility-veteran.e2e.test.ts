import { describePagesOf } from './a11y-pages';
import { ROLE_PAGES } from './a11y-roles';

jest.setTimeout(600_000);

/** Every page a veteran (and the public pages) reaches, both modes, axe-core and the layout check at 360 and 430 px (see a11y-pages.ts). */
describePagesOf('accessibility and layout: a veteran (and the public pages)', [ROLE_PAGES['veteran']]);
