import { mySupervisorCards } from '../../../types/supervision/appointments';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { supervisorCard } from '../bodies/cards';

/** The caller's certificates (持证上岗): empty for anyone who is not a supervisor. */
export default defineAction(mySupervisorCards, async (_input, ctx) => {
  const me = await ctx.caller();
  const bodies = await orgsById(
    ctx.db,
    ctx.read,
    me.supervisors.map((s) => s.bodyId),
  );
  return { items: me.supervisors.map((s) => supervisorCard(s, bodies.get(s.bodyId), ctx.now)) };
});
