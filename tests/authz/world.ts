import type { LocalCloud } from '../../localcloud';
import type { VeteranDoc } from '../../types/veteran/model';
import { COMMUNITY, DISTRICT, GRID, gridPath, PARTY_MEMBER_B, PARTY_STAFF_A, type Side, STREET } from './personas';

/**
 * What the matrix's targets may ask of the seeded tiny demo district to build their inputs: documents
 * found by a filter straight from the local cloud's store (not through the code under test), and
 * documents put there directly.
 */
export class World {
  private counter = 0;
  /** Set when a target put a document: the matrix restores the store after the cell. */
  wrote = false;
  constructor(readonly cloud: LocalCloud) {}

  find<T = Record<string, unknown>>(collection: string, filter: object, limit = 1): T[] {
    return this.cloud.db.browse(collection, JSON.stringify(filter), 0, limit).docs as T[];
  }

  one<T = Record<string, unknown>>(collection: string, filter: object): T {
    const [doc] = this.find<T>(collection, filter);
    if (!doc) throw new Error(`authz world: no ${collection} matching ${JSON.stringify(filter)}`);
    return doc;
  }

  put(collection: string, doc: Record<string, unknown>): string {
    this.wrote = true;
    this.cloud.db.importDocuments(collection, [doc]);
    return String(doc._id);
  }

  /** A fresh id for a document a target puts in the store (time-ordered like the app's). */
  freshId(kind: string): string {
    this.counter += 1;
    return `${Date.now()}${String(this.counter).padStart(8, '0')}${kind}`.slice(0, 40);
  }

  veteranOf(openid: string): VeteranDoc {
    return this.one<VeteranDoc>('veterans', { openid });
  }

  /** The bound demo veteran of a side. */
  veteran(side: Side): VeteranDoc {
    return this.veteranOf(side === 'A' ? 'demo-veteran-1' : 'demo-veteran-2');
  }

  /** A seeded veteran of a side's grid other than the demo one (bound or not). */
  neighbour(side: Side): VeteranDoc {
    return this.one<VeteranDoc>('veterans', {
      gridId: GRID[side],
      openid: { $nin: ['demo-veteran-1', 'demo-veteran-2'] },
    });
  }

  /**
   * A copy of a seeded document matching `filter`, moved to the side's grid (gridId, orgPath) under a
   * fresh id, with `changes` applied: a thing of the kind the action handles, on the side the cell needs.
   */
  placedCopy(collection: string, filter: object, side: Side, changes: Record<string, unknown> = {}): string {
    return this.copy(collection, filter, { gridId: GRID[side], orgPath: gridPath(side), ...changes });
  }

  /** A copy of a seeded document matching `filter` under a fresh id, with `changes` applied. */
  copy(collection: string, filter: object, changes: Record<string, unknown>): string {
    const [found] = this.find<Record<string, unknown>>(collection, filter);
    if (!found) throw new Error(`authz world: no ${collection} matching ${JSON.stringify(filter)} to copy`);
    return this.put(collection, { ...reviveDates(found), _id: this.freshId(collection.slice(0, 4)), ...changes });
  }

  /**
   * A community branch of the side with the grid's 党小组 (kept if the seed made them): what the party
   * personas and the party tables share.
   */
  partyBranch(side: Side): { branchId: string; smallGroupId: string; path: string[] } {
    const branchId = `branch-${COMMUNITY[side]}`;
    const smallGroupId = `psg-${GRID[side]}`;
    const orgPath = [DISTRICT, STREET[side], COMMUNITY[side]];
    const path = [...orgPath, branchId, smallGroupId];
    const now = new Date();
    if (!this.find('partyBranches', { _id: branchId }).length)
      this.put('partyBranches', {
        _id: branchId,
        name: '退役军人党支部',
        level: 'community',
        orgId: COMMUNITY[side],
        orgPath,
        path: [...orgPath, branchId],
        groupId: `party__${branchId}`,
        createdBy: 'x',
        createdAt: now,
      });
    if (!this.find('partySmallGroups', { _id: smallGroupId }).length)
      this.put('partySmallGroups', {
        _id: smallGroupId,
        name: '退役军人党小组',
        branchId,
        gridId: GRID[side],
        path,
        groupId: `party__${smallGroupId}`,
        createdBy: 'x',
        createdAt: now,
      });
    return { branchId, smallGroupId, path };
  }

  /** Makes a file of the side's grid an active member of the side's branch and 党小组 (as syncBranchMembers would). */
  partyMember(side: Side, vet: VeteranDoc): void {
    const { branchId, smallGroupId, path } = this.partyBranch(side);
    if (this.find('partyMembers', { _id: vet._id, active: true }).length) return;
    this.put('partyMembers', {
      _id: vet._id,
      branchId,
      smallGroupId,
      veteranId: vet._id,
      name: vet.name,
      gridId: GRID[side],
      openid: vet.openid,
      path,
      active: true,
      syncedAt: new Date(),
    });
  }

  /**
   * The party personas the seed does not hold: a party-affairs worker over street A with no other seat, and
   * a member of side B's branch (a file of grid B bound to its own account, its file saying party member).
   */
  placePartyPersonas(): void {
    const now = new Date();
    const postId = 'post-affairs-authz-s-10';
    this.put('partyPosts', {
      _id: postId,
      post: 'affairs',
      orgId: STREET.A,
      orgPath: [DISTRICT, STREET.A],
      openid: PARTY_STAFF_A,
      name: '党务工作者甲',
      key: 's:authz-party-staff-a',
      status: 'active',
      appointedBy: 'seed',
      appointedAt: now,
    });
    this.put('accounts', {
      _id: PARTY_STAFF_A,
      veteranId: null,
      staffIds: [],
      supervisorIds: [],
      partyPostIds: [postId],
      registrationId: null,
      createdAt: now,
    });
    // A copy of grid B's demo file under its own id, name and blind index (one ID number, one file), bound to the persona.
    const fileId = this.copy(
      'veterans',
      { openid: 'demo-veteran-2' },
      {
        name: '党员乙',
        openid: PARTY_MEMBER_B,
        idHash: 'authz-party-member-b',
        boundAt: now,
        party: { member: true, branch: '退役军人党支部' },
      },
    );
    const bound = this.one<VeteranDoc>('veterans', { _id: fileId });
    this.put('accounts', {
      _id: PARTY_MEMBER_B,
      veteranId: fileId,
      staffIds: [],
      supervisorIds: [],
      registrationId: null,
      createdAt: now,
    });
    this.partyMember('B', bound);
  }

  boundStaffOpenid(filter: { role: string; orgId: string }): string {
    return this.one<{ openid: string }>('staff', { ...filter, status: 'active', openid: { $type: 'string' } }).openid;
  }
}

/** browse() answers relaxed EJSON: dates come back as {$date}; put them back as Date for importDocuments. */
export function reviveDates<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$date') return new Date(o.$date as string) as T;
    return Object.fromEntries(keys.map((k) => [k, reviveDates(o[k])])) as T;
  }
  return value;
}
