import { whoami } from '../../../types/account/whoami';
import type { RegistrationDoc, AccountDoc } from '../../../types/account/model';
import { ROLE_LABELS, type RoleAssignment } from '../../../types/auth/roles';
import type { BranchDoc, SmallGroupDoc } from '../../../types/party/model';
import type { Reader } from '../../_kernel/store';
import type { Database } from '../../_kernel/sdk';
import { defineAction } from '../../_kernel/action';
import { partyMemberRole } from '../../_kernel/caller';
import { orgName, orgsById } from '../../_domain/orgs';
import { callerIncomingFolder } from '../../_kernel/uploads/files';

/** Roles with jurisdictions, the bound file (masked) and any registration still waiting or refused. */
export default defineAction(whoami, async (_input, ctx) => {
  const { db, read, caller } = ctx;
  const me = await caller();
  const [registration, member] = await Promise.all([
    latestRegistration(read, me.account),
    partyMemberRole(read, me.veteran),
  ]);
  const roles = member ? [...me.roles, member] : me.roles;
  const orgs = await orgsById(db, read, [
    ...roles.map((r) => r.orgId),
    ...roles.flatMap((r) => r.orgPath),
    registration?.gridId ?? '',
  ]);
  const partyNames = await partyPlaceNames(db, read, roles);
  const nameOf = (id: string) => partyNames.get(id) ?? orgName(orgs, id);
  return {
    name: me.staff[0]?.name ?? me.veteran?.name ?? null,
    roles: roles.map((r) => ({
      role: r.role,
      roleLabel: ROLE_LABELS[r.role],
      orgId: r.orgId,
      // A party post or membership is named by its branch or 党小组 alone (永济社区退役军人党支部).
      orgName: partyNames.has(r.orgId) ? nameOf(r.orgId) : r.orgPath.slice(1).map(nameOf).join(' ') || nameOf(r.orgId),
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

/** The names of the branches and 党小组 the caller's party roles are held over (they are not org nodes). */
async function partyPlaceNames(db: Database, read: Reader, roles: RoleAssignment[]): Promise<Map<string, string>> {
  const ids = roles.filter((r) => r.role.startsWith('party_')).map((r) => r.orgId);
  if (!ids.length) return new Map();
  const [branches, groups] = await Promise.all([
    read.many<BranchDoc>('partyBranches', { _id: db.command.in(ids) }, { fields: { name: true } }),
    read.many<SmallGroupDoc>('partySmallGroups', { _id: db.command.in(ids) }, { fields: { name: true } }),
  ]);
  return new Map([...branches, ...groups].map((d) => [d._id, d.name]));
}

async function latestRegistration(
  read: import('../../_kernel/store').Reader,
  account: AccountDoc | null,
): Promise<RegistrationDoc | null> {
  const id = account?.registrationId;
  return id ? read.byId<RegistrationDoc>('registrations', id) : null;
}
