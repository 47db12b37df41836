import { gridIdOfGroup, type GroupDoc, type GroupMemberDoc } from '../../../types/groups/model';
import type { GroupAbilities } from '../../../types/groups/views';
import type { OrgDoc } from '../../../types/org/model';
import { can, type Placed } from '../../../types/auth/policies';
import { isPost, ROLE_LABELS } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';
import { denied, type ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { scopesReaching } from '../notices/reach';
import { orgsById, placeName } from '../orgs';

/** A group as the caller may use it. Grid groups are derived from the grid: their doc holds only settings. */
export interface GroupAccess {
  me: Caller;
  group: GroupDoc;
  /** The scopes whose notices show in this group: those reaching its grid (grid groups); null for explicit groups. */
  noticeScopes: string[] | null;
  /**
   * The audiences whose activity cards show in this group: a grid group's scopes; a volunteer team's group
   * (`team__<teamId>`) its team; null for other explicit groups.
   */
  activityScopes: string[] | null;
  placeName: string;
  abilities: GroupAbilities;
  /** How the caller's messages are labelled (网格长, 退役军人, ...). */
  senderLabel: string;
}

export function defaultGridGroup(grid: OrgDoc, now: Date): GroupDoc {
  return {
    _id: `grid__${grid._id}`,
    kind: 'grid',
    name: `${grid.name}群`,
    orgPath: grid.path,
    gridId: grid._id,
    announcement: null,
    announcementsOnly: false,
    createdBy: 'system',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Resolves a group and the caller's abilities in it; FORBIDDEN unless they may read it, and for no such
 * group the same (existence never leaks), except to staff over the whole district, who hear NOT_FOUND.
 */
export async function groupAccess(ctx: ActionContext, groupId: string): Promise<GroupAccess> {
  const me = await ctx.caller();
  const gridId = gridIdOfGroup(groupId);
  const [stored, grid] = await Promise.all([
    ctx.read.byId<GroupDoc>('groups', groupId),
    gridId ? ctx.read.byId<OrgDoc>('orgs', gridId) : Promise.resolve(null),
  ]);
  let access: GroupAccess;
  if (gridId) {
    if (grid?.kind !== 'grid') return hidden(ctx, '没有找到这个网格群');
    access = gridAccess(me, stored ?? defaultGridGroup(grid, ctx.now));
  } else {
    if (stored?.kind !== 'explicit') return hidden(ctx, '没有找到这个群');
    const member = await ctx.read.byId<GroupMemberDoc>('groupMembers', `${groupId}__${me.openid}`);
    access = explicitAccess(me, stored, member);
  }
  if (!access.abilities.canRead) throw denied('group:read');
  const orgs = await orgsById(ctx.db, ctx.read, access.group.orgPath.slice(0, -1));
  access.placeName = placeName(orgs, access.group.orgPath.slice(0, -1));
  return access;
}

/** No such group: refused as one the caller may not read (authorizeFound on nothing always refuses). */
async function hidden(ctx: ActionContext, message: string): Promise<never> {
  await ctx.authorizeFound('group:read', null, new AppError('NOT_FOUND', message));
  throw new AppError('NOT_FOUND', message);
}

function gridAccess(me: Caller, group: GroupDoc): GroupAccess {
  const at: Placed = { orgPath: group.orgPath };
  const canPost = can(me, 'group:post', at) && (!group.announcementsOnly || can(me, 'group:announce', at));
  const role =
    me.roles.find((r) => isPost(r) && at.orgPath.includes(r.orgId)) ??
    me.roles.find((r) => !isPost(r) && r.orgId === group.gridId);
  return {
    me,
    group,
    noticeScopes: scopesReaching([group.orgPath]),
    activityScopes: scopesReaching([group.orgPath]),
    placeName: '',
    abilities: {
      canRead: can(me, 'group:read', at),
      canPost,
      canPin: can(me, 'group:pin', at),
      canSetMode: can(me, 'group:mode', at),
      canManageMembers: false,
    },
    senderLabel: role ? ROLE_LABELS[role.role] : '',
  };
}

/** The id prefix of a volunteer team's group (activities/actions/create-team.ts). */
const TEAM_GROUP = 'team__';

function explicitAccess(me: Caller, group: GroupDoc, member: GroupMemberDoc | null): GroupAccess {
  const manages = can(me, 'group:manage', { orgPath: group.orgPath });
  const admin = manages || member?.role === 'admin';
  return {
    me,
    group,
    noticeScopes: null,
    activityScopes: group._id.startsWith(TEAM_GROUP) ? [group._id.slice(TEAM_GROUP.length)] : null,
    placeName: '',
    abilities: {
      canRead: Boolean(member) || manages,
      canPost: Boolean(member) && (!group.announcementsOnly || admin),
      canPin: admin,
      canSetMode: admin,
      canManageMembers: admin,
    },
    senderLabel: admin ? '管理员' : '',
  };
}

export function requireAbility(access: GroupAccess, ability: keyof GroupAbilities, message: string): void {
  if (!access.abilities[ability]) throw new AppError('FORBIDDEN', message);
}

/** Every person to add lies where the caller manages (policy group:add-member), or the whole call is refused. */
export async function authorizeMembers(ctx: ActionContext, people: { orgPath: string[] }[]): Promise<void> {
  for (const person of people) await ctx.authorize('group:add-member', { orgPath: person.orgPath });
}
