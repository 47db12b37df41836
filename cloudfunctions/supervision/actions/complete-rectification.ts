import { completeRectification } from '../../../types/supervision/feedback';
import { endOfShanghaiDay } from '../../../types/common/shanghai-time';
import { defineAction } from '../../_kernel/action';
import { changeAgencyFeedback } from '../feedback/agency-feedback';

/** The agency records the rectification done, with its evidence; on time when done by the deadline's end. */
export default defineAction(completeRectification, async ({ feedbackId, evidence }, ctx) =>
  changeAgencyFeedback(ctx, feedbackId, ['rectifying'], '没有进行中的整改', (current) => ({
    status: 'rectified',
    rectification: {
      ...current.rectification!,
      doneAt: ctx.now,
      evidence,
      doneOnTime: ctx.now.getTime() < endOfShanghaiDay(current.rectification!.deadline).getTime(),
    },
  })),
);
