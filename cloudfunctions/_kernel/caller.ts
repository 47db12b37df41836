import type { AccountDoc, StaffDoc } from '../../types/account/model';
import type { VeteranDoc } from '../../types/veteran/model';
import type { SupervisorDoc } from '../../types/supervision/model';
import type { PartyMemberDoc, PartyPostDoc } from '../../types/party/model';
import type { RoleAssignment } from '../../types/auth/roles';
import type { Database } from './sdk';
import { reader, type Reader } from './store';
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

/**
 * A document read in the caller's own database call: the one with `_id` `id`, or the caller's own one, whose
 * `_id` is `prefix` followed by the caller's file id (`signupId`, `teamMemberId`: a record of theirs about a
 * thing). The caller's own one is found only when the file is theirs (the account may name a file bound to
 * someone else since: that file's records are not theirs).
 */
export type CallerJoin = { from: string; id: string } | { from: string; prefixOfFileId: string };

/** What `loadCaller` answers: the caller, and each joined document (null if there is none). */
export interface LoadedCaller<K extends string> {
  caller: Caller;
  joined: Record<K, unknown | null>;
}

/** The fields of the aggregation's answer that carry a join's key and its documents (removed from the account). */
const KEY = 'callerJoinKey_';
const JOINED = 'callerJoined_';

/** The account with what it points at, joined in by `loadCaller`'s one aggregation. */
interface AccountRow extends AccountDoc {
  files: VeteranDoc[];
  staffRows: StaffDoc[];
  supervisorRows: SupervisorDoc[];
  postRows: PartyPostDoc[];
  [joined: `${typeof JOINED}${string}`]: unknown[];
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
 * The stages that join `joins` into the account: each one's `_id` computed into a field of the account
 * (`$literal`, so an id that begins with `$` is not read as a field path; `$concat` with the account's
 * `veteranId`, which is null, joining nothing, when the account has no file), then an equality lookup by it.
 */
function joinStages(joins: Record<string, CallerJoin>): Record<string, unknown>[] {
  const names = Object.keys(joins);
  if (!names.length) return [];
  const keys = Object.fromEntries(
    names.map((name) => {
      const join = joins[name];
      const key = 'id' in join ? { $literal: join.id } : { $concat: [{ $literal: join.prefixOfFileId }, '$veteranId'] };
      return [`${KEY}${name}`, key];
    }),
  );
  return [
    { $addFields: keys },
    ...names.map((name) => ({
      $lookup: { from: joins[name].from, localField: `${KEY}${name}`, foreignField: '_id', as: `${JOINED}${name}` },
    })),
  ];
}

/**
 * One database call for every action's caller: the account, its file, staff rows, supervisor appointments and
 * party posts joined by `_id` (Aggregate.lookup, server side only), with the documents `joins` names (the
 * thing the action is about, read in the same call instead of one more). Before, the account was read first
 * and what it points at after it: two calls one after the other on every call anyone makes. A caller with no
 * account has nothing to join to: `joins` are then read by themselves (one read each, at once).
 */
export async function loadCaller<K extends string = never>(
  db: Database,
  openid: string,
  joins: Record<K, CallerJoin> = {} as Record<K, CallerJoin>,
): Promise<LoadedCaller<K>> {
  const names = Object.keys(joins) as K[];
  const [row] = await aggregateOnce<AccountRow>(db, 'accounts', [
    { $match: { _id: openid } },
    ...joinStages(joins),
    { $lookup: { from: 'veterans', localField: 'veteranId', foreignField: '_id', as: 'files' } },
    { $lookup: { from: 'staff', localField: 'staffIds', foreignField: '_id', as: 'staffRows' } },
    { $lookup: { from: 'supervisors', localField: 'supervisorIds', foreignField: '_id', as: 'supervisorRows' } },
    { $lookup: { from: 'partyPosts', localField: 'partyPostIds', foreignField: '_id', as: 'postRows' } },
    { $limit: 1 },
  ]);
  if (!row)
    return {
      caller: {
        openid,
        account: null,
        veteran: null,
        staff: [],
        supervisors: [],
        roles: [],
        selfIds: [openid],
        actsFor: [],
      },
      joined: await readJoins(reader(db), joins, null),
    };
  const found = new Map<K, { _id: unknown }[]>();
  for (const name of names) {
    found.set(name, (row[`${JOINED}${name}`] ?? []) as { _id: unknown }[]);
    delete row[`${JOINED}${name}`];
    delete (row as unknown as Record<string, unknown>)[`${KEY}${name}`];
  }
  const caller = callerOf(openid, row);
  const joined = {} as Record<K, unknown | null>;
  for (const name of names) {
    const join: CallerJoin = joins[name];
    const id = 'id' in join ? join.id : caller.veteran ? join.prefixOfFileId + caller.veteran._id : null;
    joined[name] = id === null ? null : (found.get(name)?.find((d) => d._id === id) ?? null);
  }
  return { caller, joined };
}

/** `joins` read one by one (at once), for a caller already loaded or with no account; `fileId` is the caller's. */
export async function readJoins<K extends string>(
  read: Reader,
  joins: Record<K, CallerJoin>,
  fileId: string | null,
): Promise<Record<K, unknown | null>> {
  const names = Object.keys(joins) as K[];
  const docs = await Promise.all(
    names.map((name) => {
      const join: CallerJoin = joins[name];
      const id = 'id' in join ? join.id : fileId === null ? null : join.prefixOfFileId + fileId;
      return id === null ? null : read.byId(join.from, id);
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, docs[i]])) as Record<K, unknown | null>;
}

/** The caller from their account row and what the aggregation joined to it. */
function callerOf(openid: string, row: AccountRow): Caller {
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
