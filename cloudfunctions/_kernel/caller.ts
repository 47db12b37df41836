import type { AccountDoc, StaffDoc } from '../../types/account/model';
import type { VeteranDoc } from '../../types/veteran/model';
import type { SupervisorDoc } from '../../types/supervision/model';
import type { PartyMemberDoc, PartyPostDoc } from '../../types/party/model';
import type { RoleAssignment } from '../../types/auth/roles';
import type { Database } from './sdk';
import type { Reader } from './store';
import { aggregateOnce } from './aggregate';

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

/** The account with what it points at, joined in by `loadCaller`'s one aggregation. */
interface AccountRow extends AccountDoc {
  files: VeteranDoc[];
  staffRows: StaffDoc[];
  supervisorRows: SupervisorDoc[];
  postRows: PartyPostDoc[];
}

/** `ids`' documents that are active, in the account's own order (the join answers in none). */
function activeIn<T extends { _id: string; status: string }>(rows: T[], ids: string[] | undefined): T[] {
  const byId = new Map(rows.map((r) => [r._id, r]));
  return (ids ?? []).flatMap((id) => {
    const row = byId.get(id);
    return row?.status === 'active' ? [row] : [];
  });
}

/**
 * One database call for every action's caller: the account, its file, staff rows, supervisor appointments and
 * party posts joined by `_id` (Aggregate.lookup, server side only). Before, the account was read first and
 * what it points at after it: two calls one after the other on every call anyone makes.
 */
export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  const [row] = await aggregateOnce<AccountRow>(db, 'accounts', [
    { $match: { _id: openid } },
    { $lookup: { from: 'veterans', localField: 'veteranId', foreignField: '_id', as: 'files' } },
    { $lookup: { from: 'staff', localField: 'staffIds', foreignField: '_id', as: 'staffRows' } },
    { $lookup: { from: 'supervisors', localField: 'supervisorIds', foreignField: '_id', as: 'supervisorRows' } },
    { $lookup: { from: 'partyPosts', localField: 'partyPostIds', foreignField: '_id', as: 'postRows' } },
    { $limit: 1 },
  ]);
  if (!row)
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
  const { files, staffRows, supervisorRows, postRows, ...account } = row;
  const found = files.find((f) => f._id === account.veteranId) ?? null;
  const staff = activeIn(staffRows, account.staffIds);
  const appointed = activeIn(supervisorRows, account.supervisorIds);
  const posts = activeIn(postRows, account.partyPostIds);
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
