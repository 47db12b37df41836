import type { GroupDoc } from '../../../types/groups/model';
import type { ActionContext } from '../../_kernel/action';
import type { GroupAccess } from '../../_domain/groups/access';
import { isDuplicateKey } from '../../_kernel/store';

/**
 * Writes settings of a group. A grid group's doc may not exist yet (it is derived from the grid): the
 * first setting creates it; a lost race to create it falls back to the update.
 */
export async function saveGroupSettings(
  ctx: ActionContext,
  access: GroupAccess,
  changes: Partial<Pick<GroupDoc, 'announcement' | 'announcementsOnly'>>,
): Promise<void> {
  const id = access.group._id;
  const data = { ...changes, updatedAt: ctx.now };
  const res = (await ctx.db.collection('groups').where({ _id: id }).update({ data })) as {
    stats?: { updated?: number };
  };
  if (res.stats?.updated) return;
  try {
    await ctx.db.collection('groups').add({ data: { ...access.group, ...data } });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await ctx.db.collection('groups').doc(id).update({ data });
  }
  Object.assign(access.group, data);
}
