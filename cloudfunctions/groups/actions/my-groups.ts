import { myGroups } from '../../../types/groups/contracts';
import { gridGroupId, type GroupDoc } from '../../../types/groups/model';
import type { GroupSummary } from '../../../types/groups/views';
import { seatsFor } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { explicitGroupIdsOf } from '../../_domain/groups/explicit-groups';
import { lastReadKey, mentionKeysOf, unreadMentions, unreadSince } from '../../_domain/groups/unread';
import { scopesReaching } from '../../_domain/notices/reach';
import { orgsById, orgName } from '../../_domain/orgs';

/** A veteran's grid group, a grid team member's own, and the explicit groups the caller is in. */
export default defineAction(myGroups, async (_input, ctx) => {
  const me = await ctx.caller();
  const grids = new Map<string, string[]>();
  if (me.veteran) grids.set(me.veteran.gridId, me.veteran.orgPath);
  for (const s of seatsFor(me, 'grid:work')) grids.set(s.orgId, s.orgPath);
  const explicitIds = await explicitGroupIdsOf(ctx, me.openid);
  const [orgs, explicit] = await Promise.all([
    orgsById(ctx.db, ctx.read, [...grids.keys()]),
    explicitIds.length ? ctx.read.many<GroupDoc>('groups', { _id: ctx._.in(explicitIds) }) : Promise.resolve([]),
  ]);
  const entries: { id: string; kind: GroupSummary['kind']; name: string; noticeScopes: string[] | null }[] = [
    ...[...grids].map(([gridId, path]) => ({
      id: gridGroupId(gridId),
      kind: 'grid' as const,
      name: `${orgName(orgs, gridId)}群`,
      noticeScopes: scopesReaching([path]),
    })),
    ...explicit.map((g) => ({ id: g._id, kind: 'explicit' as const, name: g.name, noticeScopes: null })),
  ];
  const myKeys = mentionKeysOf(me);
  const items = await Promise.all(
    entries.map(async (e) => {
      const after = await lastReadKey(ctx, me.openid, e.id);
      const unread = await unreadSince(ctx, e.id, e.noticeScopes, after);
      const mentionsMe = unread ? await unreadMentions(ctx, e.id, after, myKeys) : 0;
      return { id: e.id, kind: e.kind, name: e.name, unread, mentionsMe };
    }),
  );
  return {
    items,
    totalUnread: items.reduce((n, i) => n + i.unread, 0),
    totalMentionsMe: items.reduce((n, i) => n + i.mentionsMe, 0),
  };
});
