import type { NoticeDoc } from '../../types/notices/model';
import type { ActionContext } from '../_kernel/action';
import { placeKey } from './jurisdiction';

/**
 * A notice's audience, as the receipts and the dashboard count it: the bound veterans living in its scope.
 * (Who may open a notice is `reachingScopes` in notices/reach; this is who it is meant for.)
 */
export function audienceWhere(ctx: ActionContext, n: Pick<NoticeDoc, 'scopeKind' | 'scopeOrgId'>) {
  return { [placeKey(n.scopeKind)]: n.scopeOrgId, lifeStatus: 'in_district', openid: ctx._.gt('') };
}
