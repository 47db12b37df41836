import { createCampaign, listCampaigns } from '../../../types/care/coverage';
import type { CampaignDoc } from '../../../types/care/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { aggregate } from '../../_kernel/aggregate';
import { callerName, nodeFor, pathKey } from '../../_domain/jurisdiction';
import { DAY_MS, aged80Cutoff, startOfShanghaiDay } from '../../../types/common/shanghai-time';
import { newId } from '../../_kernel/ids';
import { keyGroupOf } from '../lib/key-group';
import { campaignView } from '../lib/campaign-view';

/** A campaign (大走访) over a node: its period and the target list, fixed when it starts. */
export const create = defineAction(createCampaign, async (input, ctx) => {
  const node = await nodeFor(ctx, input.orgId, 'care:campaign');
  if (node.kind === 'grid') throw new AppError('INVALID_INPUT', '大走访应在社区、街道或全区发起', 'orgId');
  const veterans = await aggregate<Pick<VeteranDoc, '_id' | 'birthDate' | 'keyGroups'>>(
    ctx.db,
    'veterans',
    [
      { $match: { [pathKey(node)]: node._id, lifeStatus: 'in_district' } },
      { $project: { _id: 1, birthDate: 1, keyGroups: 1 } },
    ],
    { cursorInFirstMatch: true },
  );
  const cutoff = aged80Cutoff(ctx.now);
  const targetIds = veterans.filter((v) => input.target === 'all' || keyGroupOf(v, cutoff)).map((v) => v._id);
  if (!targetIds.length) throw new AppError('PRECONDITION_FAILED', '该范围内没有符合条件的走访对象', 'target');
  const who = await callerName(ctx);
  const doc: CampaignDoc = {
    _id: newId(),
    name: input.name,
    orgId: node._id,
    orgPath: node.path,
    startDate: startOfShanghaiDay(input.startDate),
    endDate: new Date(startOfShanghaiDay(input.endDate).getTime() + DAY_MS),
    target: input.target,
    targetIds,
    createdBy: who.staffId ?? who.openid,
    createdAt: ctx.now,
  };
  const { _id, ...data } = doc;
  await ctx.db.collection('visitCampaigns').doc(_id).set({ data });
  return campaignView(ctx, doc, new Set());
});

/** Campaigns that concern a node (over it or below it), newest first, with their coverage. */
export const list = defineAction(listCampaigns, async ({ orgId }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'care:view');
  const docs = await ctx.read.many<CampaignDoc>(
    'visitCampaigns',
    { 'orgPath.0': node.path[0] },
    { limit: 200, orderBy: [['startDate', 'desc']] },
  );
  const mine = docs.filter((c) => c.orgPath.includes(node._id) || node.path.includes(c.orgId));
  return { items: await Promise.all(mine.slice(0, 20).map((c) => campaignView(ctx, c))) };
});
