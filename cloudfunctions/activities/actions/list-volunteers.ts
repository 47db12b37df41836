import { listVolunteers } from '../../../types/activities/volunteer-list';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { placeNode } from '../lib/load';
import { volunteerFacts, volunteersUnder } from '../volunteers/facts';
import { volunteerRow } from '../volunteers/row';

/** 志愿者名册 of a node, for those who organise its activities: newest registration first, a page at a time. */
export default defineAction(listVolunteers, async ({ orgId, page, pageSize }, ctx) => {
  const node = await placeNode(ctx, orgId, 'orgId');
  await ctx.authorize('activity:organise', { orgPath: node.path });
  const where = volunteersUnder(node);
  const [total, vols] = await Promise.all([
    ctx.read.count('volunteers', where),
    ctx.read.many<VolunteerDoc>('volunteers', where, {
      orderBy: [['registeredAt', 'desc']],
      skip: (page - 1) * pageSize,
      limit: pageSize,
    }),
  ]);
  const facts = await volunteerFacts(ctx, vols);
  const orgs = await orgsById(ctx.db, ctx.read, [
    ...new Set([...facts.files.values()].flatMap((f) => f.orgPath).concat(vols.flatMap((v) => v.orgPath))),
  ]);
  return { orgName: node.name, total, page, pageSize, items: vols.map((v) => volunteerRow(v, facts, orgs)) };
});
