import type { CampaignView } from '../../../types/care/coverage';
import type { CampaignDoc } from '../../../types/care/model';
import type { ActionContext } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { shanghaiDay } from '../../../types/common/shanghai-time';

/** The veterans visited under a campaign (each once, however many visits). */
export async function visitedIn(ctx: ActionContext, campaignId: string): Promise<Set<string>> {
  const visited = await aggregate<{ _id: string }>(ctx.db, 'visits', [
    { $match: { campaignId } },
    { $group: { _id: '$veteranId' } },
  ]);
  return new Set(visited.map((v) => v._id));
}

/** A campaign with its coverage so far: targets visited under it at least once. */
export async function campaignView(ctx: ActionContext, c: CampaignDoc, visited?: Set<string>): Promise<CampaignView> {
  const seen = visited ?? (await visitedIn(ctx, c._id));
  const targets = new Set(c.targetIds);
  let covered = 0;
  for (const id of seen) if (targets.has(id)) covered++;
  return {
    id: c._id,
    name: c.name,
    orgId: c.orgId,
    startDate: shanghaiDay(new Date(c.startDate)),
    endDate: shanghaiDay(new Date(new Date(c.endDate).getTime() - 1)),
    target: c.target,
    targets: targets.size,
    covered,
    rate: targets.size ? covered / targets.size : 0,
  };
}
