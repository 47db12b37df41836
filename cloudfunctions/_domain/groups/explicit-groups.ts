import type { GroupDoc, GroupMemberDoc } from '../../../types/groups/model';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';

/**
 * Groups with explicit members (an agency's conduct supervisors, the integrity supervisors, a party group).
 * Other functions call these helpers directly (e.g. when a supervisor is appointed); the `groups` function
 * exposes them as createGroup / addGroupMembers / removeGroupMembers guarded by the 'group:manage' policy.
 * Callers check who may do it: these helpers only write.
 */
export interface NewMember {
  openid: string;
  name: string;
  role?: 'member' | 'admin';
}

export function memberDocId(groupId: string, openid: string): string {
  return `${groupId}__${openid}`;
}

/** Creates the group (owned by the org node at `orgPath`) with its first members; returns its id. */
export async function createExplicitGroup(
  ctx: ActionContext,
  spec: { name: string; orgPath: string[]; createdBy: string; members?: NewMember[]; groupId?: string },
): Promise<string> {
  const groupId = spec.groupId ?? `grp__${newId()}`;
  const doc: GroupDoc = {
    _id: groupId,
    kind: 'explicit',
    name: spec.name,
    orgPath: spec.orgPath,
    gridId: null,
    announcement: null,
    announcementsOnly: false,
    createdBy: spec.createdBy,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.db.collection('groups').add({ data: doc });
  if (spec.members?.length) await addExplicitMembers(ctx, groupId, spec.members, spec.createdBy);
  return groupId;
}

/** Adds (or updates the name and role of) members: one upsert per member, so adding twice is harmless. */
export async function addExplicitMembers(
  ctx: ActionContext,
  groupId: string,
  members: NewMember[],
  addedBy: string,
): Promise<number> {
  const unique = [...new Map(members.map((m) => [m.openid, m])).values()];
  for (let i = 0; i < unique.length; i += 20) {
    await Promise.all(
      unique.slice(i, i + 20).map((m) => {
        const doc: Omit<GroupMemberDoc, '_id'> = {
          groupId,
          openid: m.openid,
          name: m.name,
          role: m.role ?? 'member',
          addedBy,
          addedAt: ctx.now,
        };
        return ctx.db.collection('groupMembers').doc(memberDocId(groupId, m.openid)).set({ data: doc });
      }),
    );
  }
  return unique.length;
}

export async function removeExplicitMembers(ctx: ActionContext, groupId: string, openids: string[]): Promise<number> {
  const res = (await ctx.db
    .collection('groupMembers')
    .where({ groupId, openid: ctx._.in([...new Set(openids)]) })
    .remove()) as { stats?: { removed?: number } };
  return res.stats?.removed ?? 0;
}

/** The explicit groups a user belongs to. */
export async function explicitGroupIdsOf(ctx: ActionContext, openid: string): Promise<string[]> {
  const docs = await ctx.read.many<GroupMemberDoc>('groupMembers', { openid }, { limit: 100 });
  return docs.map((d) => d.groupId);
}
