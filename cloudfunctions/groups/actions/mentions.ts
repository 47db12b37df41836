import type { MessageMention } from '../../../types/groups/model';
import type { StaffDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { GroupMemberDoc } from '../../../types/groups/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import type { GroupAccess } from '../../_domain/groups/access';

export interface ResolvedMention extends MessageMention {
  openid: string;
}

const ids = (keys: string[], prefix: string) =>
  keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

/** Mention keys to members of THIS group (with their openid, never returned to clients); anything else is refused. */
export async function resolveMentions(
  ctx: ActionContext,
  access: GroupAccess,
  keys: string[],
): Promise<ResolvedMention[]> {
  const wanted = [...new Set(keys)];
  if (!wanted.length) return [];
  const { _ } = ctx;
  const g = access.group;
  const found: ResolvedMention[] = [];
  if (g.kind === 'grid' && g.gridId) {
    const [vets, staff] = await Promise.all([
      ids(wanted, 'v:').length
        ? ctx.read.many<VeteranDoc>('veterans', { _id: _.in(ids(wanted, 'v:')), gridId: g.gridId })
        : Promise.resolve([]),
      ids(wanted, 's:').length
        ? ctx.read.many<StaffDoc>('staff', { _id: _.in(ids(wanted, 's:')), orgId: g.gridId, status: 'active' })
        : Promise.resolve([]),
    ]);
    for (const v of vets) if (v.openid) found.push({ key: `v:${v._id}`, name: v.name, openid: v.openid });
    for (const s of staff) if (s.openid) found.push({ key: `s:${s._id}`, name: s.name, openid: s.openid });
  } else {
    const members = await ctx.read.many<GroupMemberDoc>('groupMembers', { groupId: g._id, key: _.in(wanted) });
    for (const m of members) found.push({ key: m.key, name: m.name, openid: m.openid });
  }
  if (found.length !== wanted.length) throw new AppError('INVALID_INPUT', '只能提醒本群的成员', 'mentions');
  return found;
}
