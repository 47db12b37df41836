import { campaignProgress, type CampaignProgressRow } from '../../../types/care/coverage';
import type { CampaignDoc } from '../../../types/care/model';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { childrenOf, nodeFor, pathKey } from '../../_domain/jurisdiction';
import { aged80Cutoff } from '../../../types/common/shanghai-time';
import { keyGroupOf } from '../lib/key-group';
import { campaignView, visitedIn } from '../lib/campaign-view';

type Target = Pick<VeteranDoc, '_id' | 'name' | 'orgPath' | 'birthDate' | 'keyGroups'>;

/** A campaign's coverage under a node, per child; at a grid, who of its targets is still to be visited. */
export default defineAction(campaignProgress, async ({ id, orgId }, ctx) => {
  const campaign = await ctx.read.byId<CampaignDoc>('visitCampaigns', id);
  if (!campaign) throw new AppError('NOT_FOUND', '没有找到该走访活动', 'id');
  // The caller's own node (or the one asked for); above the campaign, look at the campaign's node instead.
  let node = await nodeFor(ctx, orgId, 'care:view');
  if (campaign.orgPath.includes(node._id) && node._id !== campaign.orgId)
    node = await nodeFor(ctx, campaign.orgId, 'care:view');
  if (!node.path.includes(campaign.orgId)) throw new AppError('NOT_FOUND', '该走访活动不在您的辖区', 'id');
  const depth = node.path.length;
  const [children, people, visited] = await Promise.all([
    childrenOf(ctx, node),
    aggregate<Target>(
      ctx.db,
      'veterans',
      [
        { $match: { [pathKey(node)]: node._id } },
        { $project: { _id: 1, name: 1, orgPath: 1, birthDate: 1, keyGroups: 1 } },
      ],
      { cursorInFirstMatch: true },
    ),
    visitedIn(ctx, campaign._id),
  ]);
  const targetSet = new Set(campaign.targetIds);
  const targets = people.filter((p) => targetSet.has(p._id));
  const tally = new Map<string, { targets: number; covered: number }>();
  for (const t of targets) {
    const key = t.orgPath[depth] ?? node._id;
    const s = tally.get(key) ?? { targets: 0, covered: 0 };
    s.targets++;
    if (visited.has(t._id)) s.covered++;
    tally.set(key, s);
  }
  const row = (o: Pick<OrgDoc, '_id' | 'name' | 'kind'>, s = { targets: 0, covered: 0 }): CampaignProgressRow => ({
    id: o._id,
    name: o.name,
    kind: o.kind,
    ...s,
    rate: s.targets ? s.covered / s.targets : 0,
  });
  const covered = targets.filter((t) => visited.has(t._id)).length;
  const cutoff = aged80Cutoff(ctx.now);
  const now = ctx.now.getTime();
  return {
    campaign: await campaignView(ctx, campaign, visited),
    node: { id: node._id, name: node.name, kind: node.kind },
    total: row(node, { targets: targets.length, covered }),
    rows: children.map((c) => row(c, tally.get(c._id))).filter((r) => r.targets > 0),
    uncovered:
      node.kind === 'grid'
        ? targets
            .filter((t) => !visited.has(t._id))
            .map((t) => ({ veteranId: t._id, name: t.name, keyGroup: keyGroupOf(t, cutoff) }))
        : null,
    running: now >= new Date(campaign.startDate).getTime() && now < new Date(campaign.endDate).getTime(),
  };
});
