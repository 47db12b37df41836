import type { AccountDoc, StaffDoc } from '../../types/account/model';
import type { VeteranDoc } from '../../types/veteran/model';
import type { SupervisorDoc } from '../../types/supervision/model';
import type { PartyMemberDoc, PartyPostDoc } from '../../types/party/model';
import type { RoleAssignment } from '../../types/auth/roles';
import type { Database } from './sdk';
import { reader, type Reader } from './store';

/** The calling WeChat user with what they hold: their account, bound file, staff roles and appointments. */
export interface Caller {
  openid: string;
  account: AccountDoc | null;
  veteran: VeteranDoc | null;
  staff: StaffDoc[];
  /** Active supervisor appointments bound to this user (in term or not: outside it they read only). */
  supervisors: SupervisorDoc[];
  roles: RoleAssignment[];
  /** Their openid and their own file's id: what owner policies (types/auth/policies.ts) match. */
  selfIds: string[];
  /** The files they act for as a family member (代办). */
  actsFor: string[];
}

export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  const read = reader(db);
  const account = await read.byId<AccountDoc>('accounts', openid);
  if (!account)
    return {
      openid,
      account: null,
      veteran: null,
      staff: [],
      supervisors: [],
      roles: [],
      selfIds: [openid],
      actsFor: [],
    };
  const supervisorIds = account.supervisorIds ?? [];
  const partyPostIds = account.partyPostIds ?? [];
  const [found, staff, appointed, posts] = await Promise.all([
    account.veteranId ? read.byId<VeteranDoc>('veterans', account.veteranId) : Promise.resolve(null),
    account.staffIds.length
      ? read.many<StaffDoc>('staff', { _id: db.command.in(account.staffIds), status: 'active' })
      : Promise.resolve([]),
    supervisorIds.length
      ? read.many<SupervisorDoc>('supervisors', { _id: db.command.in(supervisorIds), status: 'active' })
      : Promise.resolve([]),
    partyPostIds.length
      ? read.many<PartyPostDoc>('partyPosts', { _id: db.command.in(partyPostIds), status: 'active' })
      : Promise.resolve([]),
  ]);
  const veteran = found && found.openid === openid ? found : null;
  const supervisors = appointed.filter((s) => s.openid === openid);
  const roles: RoleAssignment[] = staff.map((s) => ({
    role: s.role,
    orgId: s.orgId,
    orgPath: s.orgPath,
    isAdmin: s.isAdmin,
    staffId: s._id,
  }));
  for (const s of supervisors) {
    roles.push({
      role: s.type === 'integrity' ? 'integrity_supervisor' : 'conduct_supervisor',
      orgId: s.bodyId,
      orgPath: s.bodyPath,
      supervisorId: s._id,
    });
  }
  for (const p of posts) {
    if (p.openid !== openid) continue;
    roles.push({
      role: p.post === 'secretary' ? 'party_secretary' : 'party_staff',
      orgId: p.orgId,
      orgPath: p.orgPath,
      partyPostId: p._id,
    });
  }
  if (veteran) roles.unshift({ role: 'veteran', orgId: veteran.gridId, orgPath: veteran.orgPath });
  const selfIds = veteran ? [openid, veteran._id] : [openid];
  const actsFor = (account.proxyFor ?? []).map((p) => p.veteranId);
  return { openid, account, veteran, staff, supervisors, roles, selfIds, actsFor };
}

/**
 * The caller's party membership as a role: party_member over their 党小组's path (or their branch's), from an
 * active `partyMembers` row of their file, read only when the file says party member (the file is what the
 * branch takes it from). Not part of the loaded caller: membership gives no power over anything (`isPost`), no
 * policy a function checks depends on it, and only whoami shows it to the person (首页's 党组织生活, by
 * party:attend), so a party member's every other call is spared the read. A party member's own pages read
 * their membership themselves (party/actions/my-party-life.ts).
 */
export async function partyMemberRole(read: Reader, veteran: VeteranDoc | null): Promise<RoleAssignment | null> {
  const member = veteran?.party?.member ? await read.byId<PartyMemberDoc>('partyMembers', veteran._id) : null;
  if (!member?.active) return null;
  return { role: 'party_member', orgId: member.path[member.path.length - 1], orgPath: member.path };
}
