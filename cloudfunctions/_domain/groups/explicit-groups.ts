import type { GroupDoc, GroupMemberDoc, MemberKey } from '../../../types/groups/model';
import type { StaffDoc } from '../../../types/account/model';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import type { Tx } from '../../_kernel/transaction';

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

interface NewGroup {
  name: string;
  orgPath: string[];
  createdBy: string;
  members?: NewMember[];
}

function groupDoc(ctx: ActionContext, groupId: string, spec: NewGroup): GroupDoc {
  return {
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
}

/** Each person once (the last entry naming them wins), as their membership document. */
function memberDocs(ctx: ActionContext, groupId: string, members: NewMember[], addedBy: string): GroupMemberDoc[] {
  const unique = [...new Map(members.map((m) => [m.openid, m])).values()];
  return unique.map((m) => ({
    _id: memberDocId(groupId, m.openid),
    groupId,
    openid: m.openid,
    key: m.key,
    name: m.name,
    role: m.role ?? 'member',
    addedBy,
    addedAt: ctx.now,
  }));
}

/** Creates the group (owned by the org node at `orgPath`) with its first members; returns its id. */
export async function createExplicitGroup(ctx: ActionContext, spec: NewGroup & { groupId?: string }): Promise<string> {
  const groupId = spec.groupId ?? `grp__${newId()}`;
  await ctx.db.collection('groups').add({ data: groupDoc(ctx, groupId, spec) });
  if (spec.members?.length) await addExplicitMembers(ctx, groupId, spec.members, spec.createdBy);
  return groupId;
}

/**
 * Writes a new group and its first members in `tx`, the transaction that creates what owns the group (a
 * volunteer team, a party branch or small group): a call stopped midway leaves both or neither, never a team
 * whose activity cards have no group to appear in. A few members only (a transaction is kept small).
 */
export async function setExplicitGroupIn(
  tx: Tx,
  ctx: ActionContext,
  spec: NewGroup & { groupId: string },
): Promise<void> {
  const { _id, ...group } = groupDoc(ctx, spec.groupId, spec);
  await tx.collection('groups').doc(_id).set({ data: group });
  for (const { _id: memberId, ...member } of memberDocs(ctx, spec.groupId, spec.members ?? [], spec.createdBy))
    await tx.collection('groupMembers').doc(memberId).set({ data: member });
}

/** Adds (or updates the name and role of) members: one upsert per member, so adding twice is harmless. */
export async function addExplicitMembers(
  ctx: ActionContext,
  groupId: string,
  members: NewMember[],
  addedBy: string,
): Promise<number> {
  const docs = memberDocs(ctx, groupId, members, addedBy);
  for (let i = 0; i < docs.length; i += 20) {
    await Promise.all(
      docs.slice(i, i + 20).map(({ _id, ...doc }) => ctx.db.collection('groupMembers').doc(_id).set({ data: doc })),
    );
  }
  return docs.length;
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
