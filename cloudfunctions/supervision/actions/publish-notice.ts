import { publishNotice } from '../../../types/supervision/recruitment';
import { NOTICE_STAGES, type NoticeDoc, type StageDoc } from '../../../types/supervision/model';
import { AppError } from '../../../types/common/errors';
import { endOfShanghaiDay, startOfShanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { bodyFor, staffIdIn } from '../bodies/body';
import { checkApprovalList } from '../recruitment/approval-rule';
import { noticeView } from '../recruitment/notices';

/** The office publishes a stage's 公示; an approval list must pass 未参加公示的不得批准入伍. */
export default defineAction(publishNotice, async (input, ctx) => {
  const { bodyId, bodyPath, caller } = await bodyFor(ctx, 'recruitment:manage');
  const stage = await ctx.read.byId<StageDoc>('recruitmentStages', input.stageId);
  if (!stage || stage.bodyId !== bodyId) throw new AppError('NOT_FOUND', '征兵阶段不存在', 'stageId');
  if (!NOTICE_STAGES.includes(stage.kind))
    throw new AppError('INVALID_INPUT', '只有体检、政治考核、审批定兵阶段发布公示', 'stageId');
  if (stage.kind === 'approval') await checkApprovalList(ctx, bodyId, stage.year, input.candidates);
  const doc: NoticeDoc = {
    _id: newId(),
    bodyId,
    bodyPath,
    stageId: stage._id,
    year: stage.year,
    kind: stage.kind,
    title: input.title,
    candidates: input.candidates,
    maskMode: input.maskMode,
    publicityStart: startOfShanghaiDay(input.publicityStart),
    publicityEnd: endOfShanghaiDay(input.publicityEnd),
    publishedBy: staffIdIn(caller, bodyId),
    createdAt: ctx.now,
  };
  await ctx.db.collection('recruitmentNotices').add({ data: doc });
  return noticeView(doc, ctx.now);
});
