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
  subscriptions: [],
  messages: [{ name: 'group_time', keys: [['groupId', 1], ['createdAt', -1]] }],
  audit: [{ name: 'target_time', keys: [['targetId', 1], ['at', -1]] }],
  visits: [
    { name: 'grid_date', keys: [['gridId', 1], ['date', -1]] },
    { name: 'community_date', keys: [['orgPath.2', 1], ['date', -1]] },
    { name: 'street_date', keys: [['orgPath.1', 1], ['date', -1]] },
    { name: 'district_date', keys: [['orgPath.0', 1], ['date', -1]] },
    { name: 'veteran_date', keys: [['veteranId', 1], ['date', -1]] },
    { name: 'campaign', keys: [['campaignId', 1]] },
  ],
  /** _id = `${source}-${sourceId}-${occasion}` when raised by another feature (idempotent), else random. */
  visitTasks: [
    { name: 'grid_status_due', keys: [['gridId', 1], ['status', 1], ['dueAt', 1]] },
    { name: 'community_status_due', keys: [['orgPath.2', 1], ['status', 1], ['dueAt', 1]] },
    { name: 'street_status_due', keys: [['orgPath.1', 1], ['status', 1], ['dueAt', 1]] },
    { name: 'district_status_due', keys: [['orgPath.0', 1], ['status', 1], ['dueAt', 1]] },
  ],
  visitCampaigns: [{ name: 'district', keys: [['orgPath.0', 1], ['startDate', -1]] }],
  /** _id = the district's org id. */
  careSettings: [],
  assistance: [
    { name: 'veteran', keys: [['veteranId', 1], ['createdAt', -1]] },
    { name: 'applicant', keys: [['appliedByOpenid', 1], ['createdAt', -1]] },
    { name: 'community_status', keys: [['orgPath.2', 1], ['status', 1]] },
    { name: 'street_status', keys: [['orgPath.1', 1], ['status', 1]] },
    { name: 'district_status', keys: [['orgPath.0', 1], ['status', 1]] },
  ],
  /** _id = veteranId: the one open application a veteran may hold. */
  assistLocks: [],
  reliefFunds: [{ name: 'org', keys: [['orgId', 1]] }],
  /** _id = the district's org id. */
  assistSettings: [],
};
