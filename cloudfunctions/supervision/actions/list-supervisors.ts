import { listSupervisors } from '../../../types/supervision/appointments';
import type { SupervisorDoc } from '../../../types/supervision/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { supervisorListItem } from '../bodies/cards';

/**
 * The appointing body's own list (who it appointed, their terms). It says nothing of who filed what:
 * integrity supervisors are listed to the office's head only, who may see reporters anyway.
 */
export default defineAction(listSupervisors, async ({ bodyId }, ctx) => {
  const body = await ctx.read.byId<OrgDoc>('orgs', bodyId);
  if (!body || body.kind !== 'unit') throw new AppError('NOT_FOUND', '被监督单位不存在', 'bodyId');
  const type = body.unitType === 'recruitment_office' ? 'integrity' : 'conduct';
  await ctx.authorize(type === 'integrity' ? 'supervisor:appoint-integrity' : 'supervisor:appoint-conduct', {
    orgPath: body.path,
  });
  const docs = await ctx.read.many<SupervisorDoc>(
    'supervisors',
    { bodyId, type },
    { limit: 500, orderBy: [['certificateNo', 'asc']] },
  );
  return { items: docs.map((s) => supervisorListItem(s, body, ctx.now)) };
});
