import { PAGE_PATHS, type PageName } from '@types-contract/common/pages';

/** A page's navigation url (leading slash); the paths themselves are declared once in types/common/pages. */
export function routeUrl(name: PageName): string {
  return `/${PAGE_PATHS[name]}`;
}
