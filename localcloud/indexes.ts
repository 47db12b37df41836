import type { CollectionIndexes } from './db/types';

/**
 * THE list of collections and their indexes. The local cloud creates exactly these (a collection not listed
 * here does not exist until db.createCollection() makes it, as on WeChat Cloud), and this is the list to
 * create in the WeChat Cloud console. Keys are dot paths; `orgPath.N` is element N of the org path array
 * [district, street, community, grid]. An indexed path should hold one kind of scalar (string, number or
 * Date): that is what lets the local cloud answer from the index alone.
 */
export const COLLECTION_INDEXES: CollectionIndexes = {
  orgs: [
    { name: 'parent', keys: [['parentId', 1]] },
    { name: 'kind', keys: [['kind', 1]] },
  ],
  /** _id = openid. */
  accounts: [],
  staff: [
    { name: 'org', keys: [['orgId', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  veterans: [
    { name: 'id_hash', keys: [['idHash', 1]] },
    { name: 'phone_hash', keys: [['phoneHash', 1]] },
    { name: 'district_life', keys: [['orgPath.0', 1], ['lifeStatus', 1]] },
    { name: 'street_life', keys: [['orgPath.1', 1], ['lifeStatus', 1]] },
    { name: 'community_life', keys: [['orgPath.2', 1], ['lifeStatus', 1]] },
    { name: 'grid_life', keys: [['gridId', 1], ['lifeStatus', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  registrations: [
    { name: 'grid_status', keys: [['gridId', 1], ['status', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  invitations: [{ name: 'issuer', keys: [['issuedBy', 1]] }],
  /** _id = `${openid}__${templateKey}`: one-time subscribe-message authorisations left. */
  subscriptions: [{ name: 'key_remaining', keys: [['key', 1], ['remaining', 1]] }],
  /** Group settings; grid groups are `grid__<gridId>` (created on their first setting), explicit groups `grp__<id>`. */
  groups: [],
  /** Explicit-group members: _id = `${groupId}__${openid}`. */
  groupMembers: [
    { name: 'group', keys: [['groupId', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  /** _id is a time-ordered key (history pages by it); rev changes on recall (sync reads it). */
  messages: [
    { name: 'group_key', keys: [['groupId', 1], ['_id', -1]] },
    // bench/localcloud.ts reads the newest messages by createdAt; the app pages by _id (group_key).
    { name: 'group_time', keys: [['groupId', 1], ['createdAt', -1]] },
    { name: 'group_rev', keys: [['groupId', 1], ['rev', 1]] },
    { name: 'sender_key', keys: [['senderOpenid', 1], ['_id', -1]] },
  ],
  /** _id = `${openid}__${groupId}`: the newest key the user has seen in the group. */
  groupReads: [],
  /** One document per notice, found by scope (`scopeOrgId in <path>`); _id is a time-ordered key. */
  notices: [
    { name: 'scope_key', keys: [['scopeOrgId', 1], ['_id', -1]] },
    { name: 'scope_rev', keys: [['scopeOrgId', 1], ['rev', 1]] },
    { name: 'scope_status_expiry', keys: [['scopeOrgId', 1], ['status', 1], ['expiresAt', 1]] },
    { name: 'publisher_key', keys: [['publisherOpenid', 1], ['_id', -1]] },
    { name: 'notify_state', keys: [['notifyState', 1]] },
  ],
  /** _id = `${noticeId}__${openid}`; counts per notice come from the index. */
  noticeReceipts: [{ name: 'notice_reader_ack', keys: [['noticeId', 1], ['readerKind', 1], ['ackedAt', 1]] }],
  audit: [{ name: 'target_time', keys: [['targetId', 1], ['at', -1]] }],
};
