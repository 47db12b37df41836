import type { NoticeDoc } from '../../../types/notices/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { orgPathKey, PLACE_KINDS } from '../jurisdiction';
import { rollupsOf } from '../rollups/read';

/**
 * Who a notice reaches: the one rule. A notice is ONE document scoped to an org node; it reaches whatever
 * is placed at a path holding that node: a veteran (the path of their grid), a staff seat (the path of its
 * node), a grid's group (the grid's path). A street's notice thus reaches every grid of the street and
 * nothing outside it, with no copies. Everything that asks goes through here: the 通知 list and detail,
 * a group's timeline and unread counts, the subscribe-message sweep, receipts and the dashboard.
 */

type Scoped = Pick<NoticeDoc, 'scopeOrgId' | 'scopeKind'>;

/** Whether the notice reaches something placed at this org path. */
export function reaches(n: Pick<NoticeDoc, 'scopeOrgId'>, orgPath: readonly string[]): boolean {
  return orgPath.includes(n.scopeOrgId);
}

/** The scopes whose notices reach something placed at any of these paths (the ids on the paths). */
export function scopesReaching(paths: readonly (readonly string[])[]): string[] {
  return [...new Set(paths.flat())];
}

/** The scopes whose notices reach the caller: those on the path of their grid (veterans) and of their seats. */
export function scopesReachingCaller(me: Pick<Caller, 'veteran' | 'staff'>): string[] {
  return scopesReaching([...(me.veteran ? [me.veteran.orgPath] : []), ...me.staff.map((s) => s.orgPath)]);
}

/** Whether the notice reaches the caller (through their grid or any of their seats). */
export function reachesCaller(me: Pick<Caller, 'veteran' | 'staff'>, n: Pick<NoticeDoc, 'scopeOrgId'>): boolean {
  return scopesReachingCaller(me).includes(n.scopeOrgId);
}

/** The `notices` filter for the notices reaching these scopes (index scope_key / scope_rev). */
export function reachingWhere(ctx: ActionContext, scopes: readonly string[]) {
  return { scopeOrgId: ctx._.in(scopes.length ? [...scopes] : ['-']) };
}

/** The field that places a veteran or a staff seat under the notice's scope: orgPath.<depth of the scope>. */
export function reachedKey(n: Scoped): string {
  return orgPathKey(PLACE_KINDS.indexOf(n.scopeKind));
}

/**
 * Of the veterans a notice reaches, its audience: those bound to a WeChat user and living in the district.
 * They are who receipts and the dashboard count and who the sweep sends a reminder to (with the staff it
 * reaches); a file moved out or closed keeps its grid's path, and its holder may still open the notice.
 */
export function inAudience(v: { openid?: string | null; lifeStatus?: string }): boolean {
  return Boolean(v.openid) && v.lifeStatus === 'in_district';
}

/** The `veterans` filter for a notice's audience (indexes *_life on orgPath.<depth>). */
export function audienceWhere(ctx: ActionContext, n: Scoped) {
  return { [reachedKey(n)]: n.scopeOrgId, lifeStatus: 'in_district', openid: ctx._.gt('') };
}

/**
 * How many each scope's audience holds: the `bound` counter of the scope node's rollup (the same people as
 * audienceWhere, kept by every write of a file), one read for all the scopes however many veterans they hold.
 */
export async function audienceSizes(ctx: ActionContext, scopeOrgIds: readonly string[]): Promise<Map<string, number>> {
  const rollups = await rollupsOf(ctx, scopeOrgIds);
  return new Map(scopeOrgIds.map((id) => [id, rollups.get(id)?.bound ?? 0]));
}
