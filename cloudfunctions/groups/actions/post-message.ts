import { pageWithQuery } from '../../../types/common/pages';
import { postMessage } from '../../../types/groups/contracts';
import type { MessageDoc } from '../../../types/groups/model';
import { POLICY_DENIED_MESSAGES } from '../../../types/auth/policies';
import { defineAction } from '../../_kernel/action';
import { groupAccess, requireAbility } from '../../_domain/groups/access';
import { checkText } from '../../_domain/groups/content-check';
import { assertAttachable } from '../../_kernel/uploads/attach';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { advanceReadCursor, lastReadKey } from '../../_domain/groups/unread';
import { notifyUser } from '../../_domain/subscriptions';
import { shanghaiMinute } from '../../../types/common/shanghai-time';
import { messageItem } from '../timeline/views';
import { resolveMentions } from './mentions';

export default defineAction(postMessage, async ({ groupId, text, imageFileId, mentions }, ctx) => {
  const access = await groupAccess(ctx, groupId);
  const denied = access.group.announcementsOnly
    ? POLICY_DENIED_MESSAGES['group:announce']
    : POLICY_DENIED_MESSAGES['group:post'];
  requireAbility(access, 'canPost', denied);
  // Only the sender's own image, stored (checked and rebuilt) by uploadGroupImage.
  if (imageFileId) assertAttachable(ctx, [imageFileId], 'groups', { field: 'imageFileId', indexed: false });
  const me = access.me;
  const mentioned = await resolveMentions(ctx, access, mentions);
  await checkText(ctx, me.openid, text, 'text');

  const key = timelineKey(ctx.now);
  const doc: MessageDoc = {
    _id: key,
    groupId,
    senderOpenid: me.openid,
    senderName: me.veteran?.name ?? me.staff[0]?.name ?? '群成员',
    senderLabel: access.senderLabel,
    kind: imageFileId ? 'image' : 'text',
    text,
    imageFileId,
    mentions: mentioned.map(({ key: k, name }) => ({ key: k, name })),
    recalled: false,
    createdAt: ctx.now,
    rev: key,
  };
  await ctx.db.collection('messages').add({ data: doc });
  // Posting means the sender has seen the group up to here.
  await advanceReadCursor(ctx, me.openid, groupId, key, await lastReadKey(ctx, me.openid, groupId));
  for (const m of mentioned) {
    if (m.openid === me.openid) continue;
    await notifyUser(
      ctx,
      m.openid,
      'mention',
      [access.group.name, `${doc.senderName}：${text || '[图片]'}`, shanghaiMinute(ctx.now)],
      pageWithQuery('grid', { groupId }),
      `mention:${key}`,
    ).catch((err) => console.error('[postMessage] mention notification failed', err));
  }
  return { item: messageItem(doc, me.openid, ctx.now) };
});
