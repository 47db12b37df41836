import { routeUrl } from '../../app-shell/route-paths';

/** Pages of the requests subpackage (root features/requests/). */
export const REQUEST_PAGES = {
  mine: routeUrl('requestsMine'),
  submit: routeUrl('requestsSubmit'),
  detail: routeUrl('requestsDetail'),
  inbox: routeUrl('requestsInbox'),
  figures: routeUrl('requestsFigures'),
} as const;

export function detailUrl(id: string): string {
  return `${REQUEST_PAGES.detail}?id=${encodeURIComponent(id)}`;
}
