import { whoami } from '../../../types/account/whoami';
import type { RegistrationDoc, AccountDoc } from '../../../types/account/model';
import { ROLE_LABELS } from '../../../types/auth/roles';
import { defineAction } from '../../_kernel/action';
import { orgName, orgsById } from '../../_domain/orgs';
import { callerIncomingFolder } from '../../_kernel/uploads/files';

/** Roles with jurisdictions, the bound file (masked) and any registration still waiting or refused. */
export default defineAction(whoami, async (_input, ctx) => {
  const { db, read, caller } = ctx;
  const me = await caller();
  const registration = await latestRegistration(read, me.account);
  const orgs = await orgsById(db, read, [
    ...me.roles.map((r) => r.orgId),
    ...me.roles.flatMap((r) => r.orgPath),
    registration?.gridId ?? '',
  ]);
  return {
    name: me.staff[0]?.name ?? me.veteran?.name ?? null,
    roles: me.roles.map((r) => ({
      role: r.role,
      roleLabel: ROLE_LABELS[r.role],
      orgId: r.orgId,
      orgName:
        r.orgPath
          .slice(1)
          .map((id) => orgName(orgs, id))
          .join(' ') || orgName(orgs, r.orgId),
      orgPath: r.orgPath,
      isAdmin: Boolean(r.isAdmin),
      staffId: r.staffId ?? null,
    })),
    veteran: me.veteran && {
      id: me.veteran._id,
      name: me.veteran.name,
      idMasked: me.veteran.idMasked,
      phoneMasked: me.veteran.phoneMasked,
      gridId: me.veteran.gridId,
      gridName: orgName(orgs, me.veteran.gridId),
    },
    registration:
      registration && !me.veteran && (registration.status === 'pending' || registration.status === 'rejected')
        ? {
            id: registration._id,
            status: registration.status,
            gridId: registration.gridId,
            gridName: orgName(orgs, registration.gridId),
            note: registration.note,
            createdAt: registration.createdAt.toISOString(),
          }
        : null,
    preferences: { elderMode: me.account?.preferences?.elderMode ?? null },
    uploadFolder: callerIncomingFolder(ctx),
  };
});

async function latestRegistration(
  read: import('../../_kernel/store').Reader,
  account: AccountDoc | null,
): Promise<RegistrationDoc | null> {
  const id = account?.registrationId;
  return id ? read.byId<RegistrationDoc>('registrations', id) : null;
}
