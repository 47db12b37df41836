import { LEVEL_AT_DEPTH, LEVEL_DEPTH, type RequestDoc, type RequestLevel } from './model';
import type { Placed } from '../auth/policies';

/** The path of the org node handling the request now (what 'request:handle' is checked against). */
export function handlerPlace(doc: Pick<RequestDoc, 'orgPath' | 'level'>): Placed {
  return { orgPath: doc.orgPath.slice(0, LEVEL_DEPTH[doc.level] + 1) };
}

export function handlerOrgOf(orgPath: string[], level: RequestLevel): string {
  return orgPath[LEVEL_DEPTH[level]];
}

/** One level up (grid → station → street → district), or null at the top. */
export function levelAbove(level: RequestLevel): RequestLevel | null {
  const depth = LEVEL_DEPTH[level];
  return depth === 0 ? null : LEVEL_AT_DEPTH[depth - 1];
}

/** One level down, or null at the grid. */
export function levelBelow(level: RequestLevel): RequestLevel | null {
  const depth = LEVEL_DEPTH[level];
  return depth === 3 ? null : LEVEL_AT_DEPTH[depth + 1];
}
