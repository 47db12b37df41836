import { myBranches } from '../../../types/party/organisation';
import type { BranchDoc, PartyMemberDoc } from '../../../types/party/model';
import { seatsFor } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { orgPathKey } from '../../_domain/jurisdiction';
import { smallGroupsOf } from '../lib/load';

/** The branches the caller keeps: a secretary's own, a party-affairs worker's every branch under their node. */
export default defineAction(myBranches, async (_input, ctx) => {
  const me = await ctx.caller();
  const found = new Map<string, BranchDoc>();
  // Party-affairs workers organise under their node; the other keepers are secretaries, seated at their branch.
  const organisers = new Set(seatsFor(me, 'party:organise'));
  for (const r of seatsFor(me, 'party:keep')) {
    if (!organisers.has(r)) {
      const b = await ctx.read.byId<BranchDoc>('partyBranches', r.orgId);
      if (b) found.set(b._id, b);
    } else {
      const under = await ctx.read.many<BranchDoc>(
        'partyBranches',
        { [orgPathKey(r.orgPath.length - 1)]: r.orgId },
        { limit: 200, orderBy: [['_id', 'asc']] },
      );
      for (const b of under) found.set(b._id, b);
    }
  }
  const items = await Promise.all(
    [...found.values()].map(async (b) => {
      const [groups, members] = await Promise.all([
        smallGroupsOf(ctx, b._id),
        ctx.read.many<PartyMemberDoc>('partyMembers', { branchId: b._id, active: true }, { limit: 1000 }),
      ]);
      return {
        id: b._id,
        name: b.name,
        members: members.length,
        smallGroups: groups
          .sort((x, y) => x._id.localeCompare(y._id))
          .map((g) => ({
            id: g._id,
            name: g.name,
            gridId: g.gridId,
            members: members.filter((m) => m.smallGroupId === g._id).length,
          })),
      };
    }),
  );
  return { items };
});
