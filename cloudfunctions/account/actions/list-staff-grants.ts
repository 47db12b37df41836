import { listStaffGrants } from '../../../types/account/staff';
import type { InvitationDoc, StaffDoc, StaffGrantDoc, StaffGrantKind } from '../../../types/account/model';
import { ROLE_LABELS } from '../../../types/auth/roles';
import type { OrgDoc } from '../../../types/org/model';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById, placeName } from '../../_domain/orgs';
import { issuerOpenid } from '../staff/grants';

const KIND_LABELS: Record<StaffGrantKind, string> = {
  invited: '邀请',
  approved: '批准',
  accepted: '接受邀请',
  removed: '移除',
  moved: '调动',
};
const RECENT = 100;
const where = (orgs: Map<string, OrgDoc>, path: string[]) => placeName(orgs, path) || orgName(orgs, path[0]);

/** The district's record of grants, approvals and removals (newest first) and the grants waiting for approval. */
export default defineAction(listStaffGrants, async (_input, ctx) => {
  const { me, seat } = await ctx.authorizeSeat('staff:approve');
  const districtId = seat.orgPath[0];
  const [entries, waiting] = await Promise.all([
    ctx.read.many<StaffGrantDoc>('staffGrants', { districtId }, { orderBy: [['at', 'desc']], limit: RECENT }),
    ctx.read.many<InvitationDoc>('invitations', { 'orgPath.0': districtId, 'approval.status': 'pending' }),
  ]);
  const open = waiting.filter((i) => !i.usedBy);
  const staff = open.length
    ? await ctx.read.many<StaffDoc>('staff', { _id: ctx._.in(open.map((i) => i.staffId)), status: 'active' })
    : [];
  const issuers = open.length
    ? await ctx.read.many<StaffDoc>('staff', { _id: ctx._.in(open.map((i) => i.issuedBy)) })
    : [];
  const orgs = await orgsById(ctx.db, ctx.read, [
    ...entries.flatMap((e) => e.orgPath),
    ...open.flatMap((i) => i.orgPath),
  ]);
  const pending = [];
  for (const invitation of open) {
    const person = staff.find((s) => s._id === invitation.staffId);
    if (!person) continue;
    pending.push({
      staffId: person._id,
      name: person.name,
      roleLabel: ROLE_LABELS[invitation.role],
      orgName: where(orgs, invitation.orgPath),
      issuedByName: issuers.find((s) => s._id === invitation.issuedBy)?.name ?? '',
      createdAt: invitation.createdAt.toISOString(),
      canApprove: (await issuerOpenid(ctx.read, invitation)) !== me.openid,
    });
  }
  return {
    pending,
    entries: entries.map((e) => ({
      id: e._id,
      kind: e.kind,
      kindLabel: KIND_LABELS[e.kind],
      staffName: e.staffName,
      roleLabel: ROLE_LABELS[e.role],
      orgName: where(orgs, e.orgPath),
      actorName: e.actor.name,
      at: e.at.toISOString(),
    })),
  };
});
