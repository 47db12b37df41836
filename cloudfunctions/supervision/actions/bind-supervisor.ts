import { bindSupervisor } from '../../../types/supervision/appointments';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { AccountDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { ensureAccount } from '../../_domain/accounts';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { supervisorCard } from '../bodies/cards';
import { joinLiaisonGroup } from '../bodies/liaison-group';

/** The appointed person binds their WeChat account to the appointment with the code they were given. */
export default defineAction(bindSupervisor, async ({ code }, ctx) => {
  const found = await ctx.read.one<SupervisorDoc>('supervisors', { bindCode: code.toUpperCase() });
  if (!found || found.status !== 'active') throw new AppError('NOT_FOUND', '绑定码不存在，请核对后重新输入', 'code');
  const me = await ctx.authorize('supervisor:bind', { orgPath: found.bodyPath });
  await ensureAccount(ctx.db, me.openid, ctx.now);
  const bound = await inTransaction(ctx.db, async (tx) => {
    const current = await txGet<SupervisorDoc>(tx, 'supervisors', found._id);
    if (!current || current.openid || current.bindCode !== found.bindCode)
      throw new AppError('CONFLICT', '该绑定码已被使用', 'code');
    const account = await txGet<AccountDoc>(tx, 'accounts', me.openid);
    const ids = [...(account?.supervisorIds ?? []).filter((id) => id !== current._id), current._id];
    await tx
      .collection('supervisors')
      .doc(current._id)
      .update({ data: { openid: me.openid, bindCode: null } });
    await tx
      .collection('accounts')
      .doc(me.openid)
      .update({ data: { supervisorIds: ids } });
    return { ...current, openid: me.openid, bindCode: null };
  });
  const body = await ctx.read.byId<OrgDoc>('orgs', bound.bodyId);
  if (body) await joinLiaisonGroup(ctx, body, { openid: me.openid, name: bound.name, key: `p:${bound._id}` });
  return supervisorCard(bound, body ?? undefined, ctx.now);
});
