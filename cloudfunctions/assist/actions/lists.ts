import { listApplications, listFunds, myApplications } from '../../../types/assist/applications';
import type { AssistanceDoc, ReliefFundDoc } from '../../../types/assist/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { nodeFor, pathKey } from '../../_domain/jurisdiction';
import { applicationView } from '../lib/views';
import { fundView } from '../lib/funds';

/** What the caller applied for, and applications for their own file (the veteran sees every step). */
export const mine = defineAction(myApplications, async (_input, ctx) => {
  const me = await ctx.caller();
  const [byMe, forMe] = await Promise.all([
    ctx.read.many<AssistanceDoc>(
      'assistance',
      { appliedByOpenid: me.openid },
      { limit: 50, orderBy: [['createdAt', 'desc']] },
    ),
    me.veteran
      ? ctx.read.many<AssistanceDoc>(
          'assistance',
          { veteranId: me.veteran._id },
          { limit: 50, orderBy: [['createdAt', 'desc']] },
        )
      : Promise.resolve([]),
  ]);
  const all = new Map([...byMe, ...forMe].map((d) => [d._id, d]));
  return {
    items: [...all.values()].sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt)).map(applicationView),
  };
});

/** Applications over a community, street or the district, by status. */
export const list = defineAction(listApplications, async ({ orgId, status }, ctx) => {
  const node = await nodeFor(ctx, orgId, 'assist:view');
  if (node.kind === 'grid') throw new AppError('INVALID_INPUT', '请选择社区、街道或全区', 'orgId');
  const where = {
    [pathKey(node)]: node._id,
    ...(status ? { status } : { status: ctx._.in(['submitted', 'reviewed', 'approved']) }),
  };
  // Finished ones: the latest 100 to change. Open ones are few at a time: all of them (up to 100), newest first.
  const docs = await ctx.read.many<AssistanceDoc>('assistance', where, {
    limit: 100,
    orderBy: [['updatedAt', 'desc']],
  });
  return { items: docs.map(applicationView) };
});

/** Relief funds of the caller's district with their balance (street and district staff). */
export const funds = defineAction(listFunds, async (_input, ctx) => {
  const { seat } = await ctx.authorizeSeat('assist:funds-read');
  const docs = await ctx.read.many<ReliefFundDoc>('reliefFunds', { orgId: seat.orgPath[0] }, { limit: 20 });
  return { items: docs.map(fundView) };
});
