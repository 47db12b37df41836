import { proxyFiles } from '../../../types/profile/queries';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';

/** The files I act for as a family member (代办). */
export default defineAction(proxyFiles, async (_input, ctx) => {
  const { db, read, _ } = ctx;
  const me = await ctx.caller();
  const ids = (me.account?.proxyFor ?? []).map((p) => p.veteranId);
  if (!ids.length) return { items: [] };
  const files = await read.many<VeteranDoc>('veterans', { _id: _.in(ids) });
  const orgs = await orgsById(
    db,
    read,
    files.map((f) => f.gridId),
  );
  return {
    items: files
      .filter((f) => !f.consentWithdrawnAt)
      .map((f) => ({ veteranId: f._id, name: f.name, gridName: orgName(orgs, f.gridId) })),
  };
});
