import { publishNotice } from '../../../types/notices/contracts';
import type { NoticeDoc } from '../../../types/notices/model';
import type { OrgDoc } from '../../../types/org/model';
import { isPost, roleAtPlace } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { checkText } from '../../_domain/groups/content-check';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { orgName, orgsById, placeName } from '../../_domain/orgs';
import { checkNoticeImages } from './notice-images';

const SCOPE_KINDS = ['district', 'street', 'community', 'grid'];

/**
 * ONE document, whatever the scope: every group and 通知 list under the scope finds it by query. The
 * publish is a constant number of writes (one insert); subscribe messages go out afterwards, from the
 * notification sweep (timer trigger), so they are not part of the publish.
 */
export default defineAction(publishNotice, async (input, ctx) => {
  const scope = await ctx.read.byId<OrgDoc>('orgs', input.scopeOrgId);
  if (!scope || !SCOPE_KINDS.includes(scope.kind)) throw new AppError('NOT_FOUND', '没有找到发布范围', 'scopeOrgId');
  const me = await ctx.authorize('notice:publish', { orgPath: scope.path });
  checkNoticeImages(ctx, input.imageFileIds);
  await checkText(ctx, me.openid, `${input.title}\n${input.body}`, 'body');
  const role = me.roles.find((r) => isPost(r) && scope.path.includes(r.orgId));
  const orgs = await orgsById(ctx.db, ctx.read, [...scope.path, role?.orgId ?? '']);
  const staff = me.staff.find((s) => s._id === role?.staffId);
  const key = timelineKey(ctx.now);
  const doc: NoticeDoc = {
    _id: key,
    title: input.title,
    body: input.body,
    category: input.category,
    imageFileIds: input.imageFileIds,
    publisherOpenid: me.openid,
    publisherName: staff?.name ?? '',
    publisherLabel: role ? roleAtPlace(orgName(orgs, role.orgId), role.role) : '',
    publisherOrgPath: role?.orgPath ?? scope.path,
    scopeOrgId: scope._id,
    scopePath: scope.path,
    scopeKind: scope.kind as NoticeDoc['scopeKind'],
    scopeName: scope.path.length > 1 ? placeName(orgs, scope.path) : scope.name,
    expiresAt: new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000),
    requireAck: input.requireAck,
    status: 'published',
    revision: 1,
    editedAt: null,
    notifyState: 'pending',
    createdAt: ctx.now,
    rev: key,
  };
  await ctx.db.collection('notices').add({ data: doc });
  return { noticeId: key };
});
