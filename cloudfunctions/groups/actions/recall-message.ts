import { recallMessage } from '../../../types/groups/contracts';
import { MESSAGE_LIMITS, type MessageDoc } from '../../../types/groups/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { groupAccess } from '../../_domain/groups/access';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { messageItem } from '../timeline/views';

/** The sender only, within 2 minutes; the text is removed from the store, not just hidden. */
export default defineAction(recallMessage, async ({ messageId }, ctx) => {
  const me = await ctx.caller();
  const msg = await ctx.read.byId<MessageDoc>('messages', messageId);
  if (!msg || msg.senderOpenid !== me.openid) throw new AppError('NOT_FOUND', '没有找到这条消息');
  await groupAccess(ctx, msg.groupId);
  if (msg.recalled) throw new AppError('PRECONDITION_FAILED', '这条消息已经撤回');
  if (ctx.now.getTime() - msg.createdAt.getTime() > MESSAGE_LIMITS.recallWindowMs) {
    throw new AppError('PRECONDITION_FAILED', '只能撤回2分钟内发送的消息');
  }
  const rev = timelineKey(ctx.now);
  await ctx.db
    .collection('messages')
    .doc(messageId)
    .update({ data: { recalled: true, text: '', imageFileId: null, mentions: [], rev } });
  return {
    item: messageItem({ ...msg, recalled: true, text: '', imageFileId: null, mentions: [], rev }, me.openid, ctx.now),
  };
});
