import type { OrgDoc } from '../../../types/org/model';
import type { StaffDoc } from '../../../types/account/model';
import type { GroupDoc } from '../../../types/groups/model';
import { liaisonGroupId, liaisonGroupName } from '../../../types/supervision/liaison';
import type { ActionContext } from '../../_kernel/action';
import { addExplicitMembers, createExplicitGroup } from '../../_domain/groups/explicit-groups';

/**
 * Puts a newly bound supervisor into their body's liaison group, creating the group (with the body's
 * bound staff as admins) the first time. Safe to repeat: members are upserted.
 */
export async function joinLiaisonGroup(
  ctx: ActionContext,
  body: OrgDoc,
  member: { openid: string; name: string; key: `p:${string}` },
): Promise<string> {
  const groupId = liaisonGroupId(body._id);
  if (!(await ctx.read.byId<GroupDoc>('groups', groupId))) {
    const staff = await ctx.read.many<StaffDoc>('staff', { orgId: body._id, status: 'active' });
    const admins = staff
      .filter((s) => s.openid)
      .map((s) => ({ openid: s.openid as string, name: s.name, key: `s:${s._id}` as const, role: 'admin' as const }));
    try {
      await createExplicitGroup(ctx, {
        groupId,
        name: liaisonGroupName(body),
        orgPath: body.path,
        createdBy: 'system',
        members: admins,
      });
    } catch (err) {
      // Two supervisors binding at once: the second insert is a duplicate and the group exists.
      if (!/duplicate|DUPLICATE/.test(String((err as Error)?.message ?? err))) throw err;
    }
  }
  await addExplicitMembers(ctx, groupId, [member], 'system');
  return groupId;
}
