import type { GroupDoc, GroupMemberDoc, MemberKey } from '../../../types/groups/model';
import type { StaffDoc } from '../../../types/account/model';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
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
  key: MemberKey;
  role?: 'member' | 'admin';
}

/** A person to add, with where they are (a veteran's file, a staff post, a supervisor's body): callers check it. */
export interface WantedMember extends NewMember {
  orgPath: string[];
}

/**
 * People named by their display keys (`v:<veteranId>`, `s:<staffId>`, `p:<supervisorId>`), with the name,
 * WeChat account and place their record holds. Someone unknown is NOT_FOUND, someone not yet bound to
 * WeChat PRECONDITION_FAILED: they cannot read a group until they have an account.
 */
export async function membersByKey(
  ctx: ActionContext,
  wanted: { key: string; role?: 'member' | 'admin' }[],
): Promise<WantedMember[]> {
  const idsOf = (prefix: string) => wanted.filter((w) => w.key.startsWith(prefix)).map((w) => w.key.slice(2));
  const { _ } = ctx;
  const [vets, staff, supervisors] = await Promise.all([
    idsOf('v:').length ? ctx.read.many<VeteranDoc>('veterans', { _id: _.in(idsOf('v:')) }) : [],
    idsOf('s:').length ? ctx.read.many<StaffDoc>('staff', { _id: _.in(idsOf('s:')), status: 'active' }) : [],
    idsOf('p:').length ? ctx.read.many<SupervisorDoc>('supervisors', { _id: _.in(idsOf('p:')), status: 'active' }) : [],
  ]);
  const people = new Map<string, { openid: string | null; name: string; orgPath: string[] }>([
    ...vets.map((v) => [`v:${v._id}`, { openid: v.openid ?? null, name: v.name, orgPath: v.orgPath }] as const),
    ...staff.map((s) => [`s:${s._id}`, { openid: s.openid ?? null, name: s.name, orgPath: s.orgPath }] as const),
    ...supervisors.map((p) => [`p:${p._id}`, { openid: p.openid ?? null, name: p.name, orgPath: p.bodyPath }] as const),
  ]);
  return wanted.map((w, i) => {
    const person = people.get(w.key);
    if (!person) throw new AppError('NOT_FOUND', '没有找到要加入的人员', `members.${i}.key`);
    if (!person.openid)
      throw new AppError('PRECONDITION_FAILED', `${person.name}还没有绑定微信，暂不能加入群`, `members.${i}.key`);
    return { openid: person.openid, name: person.name, key: w.key as MemberKey, role: w.role, orgPath: person.orgPath };
  });
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
          key: m.key,
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

/** Removes members by their display keys. */
export async function removeExplicitMembers(ctx: ActionContext, groupId: string, keys: string[]): Promise<number> {
  const res = (await ctx.db
    .collection('groupMembers')
    .where({ groupId, key: ctx._.in([...new Set(keys)]) })
    .remove()) as { stats?: { removed?: number } };
  return res.stats?.removed ?? 0;
}

/** The explicit groups a user belongs to. */
export async function explicitGroupIdsOf(ctx: ActionContext, openid: string): Promise<string[]> {
  const docs = await ctx.read.many<GroupMemberDoc>('groupMembers', { openid }, { limit: 100 });
  return docs.map((d) => d.groupId);
}
