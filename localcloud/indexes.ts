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
    {
      name: 'status_id',
      keys: [
        ['status', 1],
        ['_id', 1],
      ],
    },
  ],
  veterans: [
    // An ID number belongs to one file (issue 13): the database refuses a second file with the same hash.
    { name: 'id_hash', keys: [['idHash', 1]], unique: true },
    { name: 'phone_hash', keys: [['phoneHash', 1]] },
    // *_life: a node's living files; birthDate last so aged 80+ counts its boundary year by a range
    // (cloudfunctions/_domain/rollups/aged.ts).
    {
      name: 'street_life',
      keys: [
        ['orgPath.1', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'community_life',
      keys: [
        ['orgPath.2', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'grid_life',
      keys: [
        ['gridId', 1],
        ['lifeStatus', 1],
      ],
    },
    { name: 'openid', keys: [['openid', 1]] },
    {
      // Queries over a node use orgPath.<depth> (pathField): a grid is orgPath.3 (readiness check found it unindexed).
      name: 'grid_path_life',
      keys: [
        ['orgPath.3', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'district_life',
      keys: [
        ['orgPath.0', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'street_name',
      keys: [
        ['orgPath.1', 1],
        ['name', 1],
      ],
    },
    {
      name: 'street_id',
      keys: [
        ['orgPath.1', 1],
        ['_id', 1],
      ],
    },
    // The notice sweep pages a scope's veterans by _id (cloudfunctions/notices/actions/dispatch-notifications).
    {
      name: 'district_id',
      keys: [
        ['orgPath.0', 1],
        ['_id', 1],
      ],
    },
    {
      name: 'community_id',
      keys: [
        ['orgPath.2', 1],
        ['_id', 1],
      ],
    },
    {
      name: 'grid_id',
      keys: [
        ['orgPath.3', 1],
        ['_id', 1],
      ],
    },
  ],
  registrations: [
    {
      name: 'grid_status',
      keys: [
        ['gridId', 1],
        ['status', 1],
      ],
    },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  invitations: [
    { name: 'issuer', keys: [['issuedBy', 1]] },
    { name: 'staff', keys: [['staffId', 1]] },
    { name: 'approval', keys: [['approval.status', 1]] },
  ],
  /** The district's record of staff grants, approvals, moves and removals. */
  staffGrants: [
    {
      name: 'district_time',
      keys: [
        ['districtId', 1],
        ['at', -1],
      ],
    },
  ],
  /** _id = `${openid}__${templateKey}`: one-time subscribe-message authorisations left. */
  subscriptions: [
    {
      name: 'key_remaining',
      keys: [
        ['key', 1],
        ['remaining', 1],
      ],
    },
  ],
  /** _id = `${topic}__${openid}`: the claim written before each subscribe message (at most once a topic). */
  notifyDeliveries: [],
  /** Group settings; grid groups are `grid__<gridId>` (created on their first setting), explicit groups `grp__<id>`. */
  groups: [],
  /** Explicit-group members: _id = `${groupId}__${openid}`. */
  groupMembers: [
    { name: 'group', keys: [['groupId', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
  ],
  /** _id is a time-ordered key (history pages by it); rev changes on recall (sync reads it). */
  messages: [
    {
      name: 'group_key',
      keys: [
        ['groupId', 1],
        ['_id', -1],
      ],
    },
    // bench/localcloud.ts reads the newest messages by createdAt; the app pages by _id (group_key).
    {
      name: 'group_time',
      keys: [
        ['groupId', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'group_rev',
      keys: [
        ['groupId', 1],
        ['rev', 1],
      ],
    },
    // groupImageUrls: the group's messages that show these images.
    {
      name: 'group_image',
      keys: [
        ['groupId', 1],
        ['imageFileId', 1],
      ],
    },
    {
      name: 'sender_key',
      keys: [
        ['senderOpenid', 1],
        ['_id', -1],
      ],
    },
  ],
  /** _id = `${openid}__${groupId}`: the newest key the user has seen in the group. */
  groupReads: [],
  /** One document per notice, found by scope (`scopeOrgId in <path>`); _id is a time-ordered key. */
  notices: [
    {
      name: 'scope_key',
      keys: [
        ['scopeOrgId', 1],
        ['_id', -1],
      ],
    },
    {
      name: 'scope_rev',
      keys: [
        ['scopeOrgId', 1],
        ['rev', 1],
      ],
    },
    {
      name: 'scope_status_expiry',
      keys: [
        ['scopeOrgId', 1],
        ['status', 1],
        ['expiresAt', 1],
      ],
    },
    {
      name: 'publisher_key',
      keys: [
        ['publisherOpenid', 1],
        ['_id', -1],
      ],
    },
    { name: 'notify_state', keys: [['notifyState', 1]] },
    {
      name: 'scope_path_time',
      keys: [
        ['scopePath', 1],
        ['createdAt', -1],
      ],
    },
  ],
  /** _id = `${noticeId}__${openid}`; counts per notice come from the index. */
  noticeReceipts: [
    {
      name: 'notice_reader_ack',
      keys: [
        ['noticeId', 1],
        ['readerKind', 1],
        ['ackedAt', 1],
      ],
    },
  ],
  audit: [
    {
      name: 'target_time',
      keys: [
        ['targetId', 1],
        ['at', -1],
      ],
    },
  ],
  visits: [
    {
      name: 'grid_date',
      keys: [
        ['gridId', 1],
        ['date', -1],
      ],
    },
    {
      name: 'community_date',
      keys: [
        ['orgPath.2', 1],
        ['date', -1],
      ],
    },
    {
      name: 'street_date',
      keys: [
        ['orgPath.1', 1],
        ['date', -1],
      ],
    },
    {
      name: 'district_date',
      keys: [
        ['orgPath.0', 1],
        ['date', -1],
      ],
    },
    {
      name: 'veteran_date',
      keys: [
        ['veteranId', 1],
        ['date', -1],
      ],
    },
    { name: 'campaign', keys: [['campaignId', 1]] },
    /** The timer job bookLeftovers: visits a cut-off request left out of careMonthly. */
    {
      name: 'unbooked',
      keys: [
        ['monthlyBooked', 1],
        ['createdAt', 1],
      ],
    },
  ],
  /** _id = `${source}-${sourceId}-${occasion}` when raised by another feature (idempotent), else random. */
  visitTasks: [
    {
      name: 'grid_status_due',
      keys: [
        ['gridId', 1],
        ['status', 1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'community_status_due',
      keys: [
        ['orgPath.2', 1],
        ['status', 1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'street_status_due',
      keys: [
        ['orgPath.1', 1],
        ['status', 1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'district_status_due',
      keys: [
        ['orgPath.0', 1],
        ['status', 1],
        ['dueAt', 1],
      ],
    },
  ],
  visitCampaigns: [
    {
      name: 'district',
      keys: [
        ['orgPath.0', 1],
        ['startDate', -1],
      ],
    },
  ],
  /** _id = the district's org id. */
  careSettings: [],
  assistance: [
    {
      name: 'veteran',
      keys: [
        ['veteranId', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'applicant',
      keys: [
        ['appliedByOpenid', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'community_status',
      keys: [
        ['orgPath.2', 1],
        ['status', 1],
        ['updatedAt', -1],
      ],
    },
    {
      name: 'street_status',
      keys: [
        ['orgPath.1', 1],
        ['status', 1],
        ['updatedAt', -1],
      ],
    },
    {
      name: 'district_status',
      keys: [
        ['orgPath.0', 1],
        ['status', 1],
        ['updatedAt', -1],
      ],
    },
    /** The timer job bookLeftovers: payments a cut-off request left out of careMonthly. */
    {
      name: 'unbooked',
      keys: [
        ['monthlyBooked', 1],
        ['disbursedAt', 1],
      ],
    },
  ],
  /** _id = `${level}:${orgId}:${month}`: visits and assistance per community / grid and month (types/care/monthly.ts). */
  careMonthly: [
    {
      name: 'district_month',
      keys: [
        ['level', 1],
        ['orgPath.0', 1],
        ['month', 1],
      ],
    },
    {
      name: 'street_month',
      keys: [
        ['level', 1],
        ['orgPath.1', 1],
        ['month', 1],
      ],
    },
    {
      name: 'community_month',
      keys: [
        ['level', 1],
        ['orgPath.2', 1],
        ['month', 1],
      ],
    },
    {
      name: 'grid_month',
      keys: [
        ['orgPath.3', 1],
        ['month', 1],
      ],
    },
  ],
  /** _id = veteranId: the one open application a veteran may hold. */
  assistLocks: [],
  reliefFunds: [{ name: 'org', keys: [['orgId', 1]] }],
  /** Every top-up and payment of a relief fund, newest first. */
  fundMovements: [
    {
      name: 'fund_at',
      keys: [
        ['fundId', 1],
        ['at', -1],
      ],
    },
  ],
  /** _id = the district's org id. */
  assistSettings: [],
  /**
   * Requests (诉求). Inbox: the node handling it now, or the place it lies under (orgPath.N), open first,
   * urgent first, nearest deadline. Figures: per place, the outcome and the hours to the first answer.
   */
  requests: [
    { name: 'ref_no', keys: [['refNo', 1]], unique: true },
    {
      name: 'veteran',
      keys: [
        ['veteranId', 1],
        ['active', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'handler_queue',
      keys: [
        ['handlerOrgId', 1],
        ['active', 1],
        ['priority', -1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'assignee',
      keys: [
        ['assigneeId', 1],
        ['active', 1],
      ],
    },
    {
      name: 'overdue_sweep',
      keys: [
        ['active', 1],
        ['overdue', 1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'answered_sweep',
      keys: [
        ['status', 1],
        ['answeredAt', 1],
      ],
    },
    {
      name: 'category',
      keys: [
        ['category', 1],
        ['active', 1],
      ],
    },
    {
      name: 'legacy',
      keys: [
        ['legacy', 1],
        ['active', 1],
      ],
    },
    {
      name: 'district_queue',
      keys: [
        ['orgPath.0', 1],
        ['active', 1],
        ['priority', -1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'street_queue',
      keys: [
        ['orgPath.1', 1],
        ['active', 1],
        ['priority', -1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'community_queue',
      keys: [
        ['orgPath.2', 1],
        ['active', 1],
        ['priority', -1],
        ['dueAt', 1],
      ],
    },
    {
      name: 'grid_queue',
      keys: [
        ['orgPath.3', 1],
        ['active', 1],
        ['priority', -1],
        ['dueAt', 1],
      ],
    },
    // Outcome counts under a node, all time or closed within a period (the dashboard's period).
    {
      name: 'district_outcome',
      keys: [
        ['orgPath.0', 1],
        ['outcome', 1],
        ['closedAt', 1],
      ],
    },
    {
      name: 'street_outcome',
      keys: [
        ['orgPath.1', 1],
        ['outcome', 1],
        ['closedAt', 1],
      ],
    },
    {
      name: 'community_outcome',
      keys: [
        ['orgPath.2', 1],
        ['outcome', 1],
        ['closedAt', 1],
      ],
    },
    {
      name: 'grid_outcome',
      keys: [
        ['orgPath.3', 1],
        ['outcome', 1],
        ['closedAt', 1],
      ],
    },
    // Requests received under a node within a period.
    {
      name: 'district_created',
      keys: [
        ['orgPath.0', 1],
        ['createdAt', 1],
      ],
    },
    {
      name: 'street_created',
      keys: [
        ['orgPath.1', 1],
        ['createdAt', 1],
      ],
    },
    {
      name: 'community_created',
      keys: [
        ['orgPath.2', 1],
        ['createdAt', 1],
      ],
    },
    {
      name: 'grid_created',
      keys: [
        ['orgPath.3', 1],
        ['createdAt', 1],
      ],
    },
    {
      name: 'district_answer',
      keys: [
        ['orgPath.0', 1],
        ['answerHours', 1],
      ],
    },
    {
      name: 'street_answer',
      keys: [
        ['orgPath.1', 1],
        ['answerHours', 1],
      ],
    },
    {
      name: 'community_answer',
      keys: [
        ['orgPath.2', 1],
        ['answerHours', 1],
      ],
    },
    {
      name: 'grid_answer',
      keys: [
        ['orgPath.3', 1],
        ['answerHours', 1],
      ],
    },
  ],
  /** _id = SQ-YYYYMMDD: the day's last reference number, taken in the transaction that files a request. */
  request_counters: [],
  // Supervision (廉洁征兵 and 机关作风监督). Who filed a report or feedback lives ONLY in reportReporters /
  // feedbackAuthors (_id = the report's / feedback's id); the reports themselves carry no identity.
  supervisors: [
    {
      name: 'body_type',
      keys: [
        ['bodyId', 1],
        ['type', 1],
      ],
    },
    { name: 'openid', keys: [['openid', 1]] },
    { name: 'bind_code', keys: [['bindCode', 1]] },
  ],
  recruitmentStages: [
    {
      name: 'body_year',
      keys: [
        ['bodyId', 1],
        ['year', -1],
      ],
    },
  ],
  recruitmentNotices: [
    {
      name: 'body_year',
      keys: [
        ['bodyId', 1],
        ['year', -1],
      ],
    },
    { name: 'stage', keys: [['stageId', 1]] },
  ],
  /** _id = the recruitment office's org id. */
  recruitmentProhibitions: [],
  supervisionReports: [
    {
      name: 'body_filed',
      keys: [
        ['bodyId', 1],
        ['filedAt', -1],
      ],
    },
    {
      name: 'body_status',
      keys: [
        ['bodyId', 1],
        ['status', 1],
      ],
    },
    { name: 'ref_no', keys: [['refNo', 1]] },
    {
      name: 'listing',
      keys: [
        ['listing', 1],
        ['publishedAt', -1],
      ],
    },
  ],
  reportReporters: [
    {
      name: 'openid',
      keys: [
        ['openid', 1],
        ['filedAt', -1],
      ],
    },
  ],
  reportPhotos: [],
  conductFeedback: [
    {
      name: 'body_filed',
      keys: [
        ['bodyId', 1],
        ['filedAt', -1],
      ],
    },
    { name: 'ref_no', keys: [['refNo', 1]] },
    { name: 'meeting', keys: [['meetingId', 1]] },
  ],
  feedbackAuthors: [
    {
      name: 'openid',
      keys: [
        ['openid', 1],
        ['filedAt', -1],
      ],
    },
  ],
  fileChanges: [
    {
      name: 'file_time',
      keys: [
        ['veteranId', 1],
        ['at', -1],
      ],
    },
  ],
  corrections: [
    {
      name: 'file_time',
      keys: [
        ['veteranId', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'grid_status',
      keys: [
        ['gridId', 1],
        ['status', 1],
      ],
    },
  ],
  /** _id = gridId. */
  ledgerStats: [
    { name: 'district', keys: [['orgPath.0', 1]] },
    { name: 'street', keys: [['orgPath.1', 1]] },
    { name: 'community', keys: [['orgPath.2', 1]] },
  ],
  /** _id = the place node's id (types/rollups/model.ts); a node's children are read by parentId. */
  rollups: [{ name: 'parent', keys: [['parentId', 1]] }],
  /** _id = the code. */
  proxyCodes: [],
  /** _id = 'ledger'. */
  settings: [],
  /** Activities: a veteran's list by audience node, an organiser's by its node, soonest first. */
  activities: [
    {
      name: 'audience_start',
      keys: [
        ['audienceOrgId', 1],
        ['startAt', 1],
      ],
    },
    {
      name: 'organiser_start',
      keys: [
        ['organiserOrgId', 1],
        ['startAt', 1],
      ],
    },
    // The activity cards of a group's timeline, by audience path (cloudfunctions/groups/timeline/activity-cards).
    {
      name: 'audience_card',
      keys: [
        ['audienceOrgId', 1],
        ['cardKey', -1],
      ],
    },
    {
      name: 'audience_rev',
      keys: [
        ['audienceOrgId', 1],
        ['rev', 1],
      ],
    },
    // The reminder timer's due activities (cloudfunctions/activities/actions/remind-activities).
    {
      name: 'reminder_due',
      keys: [
        ['status', 1],
        ['remindedAt', 1],
        ['startAt', 1],
      ],
    },
  ],
  /** _id = `<activityId>_<veteranId>`. The roster and the waiting list in line order; a person's service record. */
  activitySignups: [
    {
      name: 'activity_line',
      keys: [
        ['activityId', 1],
        ['status', 1],
        ['queuedAt', 1],
      ],
    },
    {
      name: 'veteran_services',
      keys: [
        ['veteranId', 1],
        ['activityStartAt', -1],
      ],
    },
  ],
  /** Supervisors' meetings (座谈会): a body's by date. */
  supervisorMeetings: [
    {
      name: 'body_start',
      keys: [
        ['bodyId', 1],
        ['startAt', -1],
      ],
    },
  ],
  /** _id = `branch-<orgId>`: a street's or community's 退役军人党支部. */
  partyBranches: [
    { name: 'district', keys: [['orgPath.0', 1]] },
    { name: 'street', keys: [['orgPath.1', 1]] },
  ],
  /** _id = `psg-<gridId>`: a grid's 退役军人党小组. */
  partySmallGroups: [{ name: 'branch', keys: [['branchId', 1]] }],
  /** _id = the veteran's file id: branch membership taken from the files. */
  partyMembers: [
    {
      name: 'branch_active',
      keys: [
        ['branchId', 1],
        ['active', 1],
      ],
    },
  ],
  /** Branch secretaries and party-affairs workers. */
  partyPosts: [
    {
      name: 'org_post',
      keys: [
        ['orgId', 1],
        ['post', 1],
        ['status', 1],
      ],
    },
  ],
  /** 三会一课: a branch's meetings by date; the reminder sweep's scheduled meetings by date. */
  partyMeetings: [
    {
      name: 'branch_start',
      keys: [
        ['branchId', 1],
        ['startAt', -1],
      ],
    },
    {
      name: 'status_start',
      keys: [
        ['status', 1],
        ['startAt', 1],
      ],
    },
  ],
  /**
   * Per-caller rate limits (types/common/rate-limits.ts): _id = `${budget}:${openid}`, one document per
   * person and budget rolled over in place each window, so it never grows and needs no cleanup; every
   * read and write goes by _id (no other index).
   */
  rateCounters: [],
  /** _id = the veteran's id. Volunteers of an area (by their street, community) for the staff's list and export. */
  volunteers: [
    { name: 'street', keys: [['orgPath.1', 1]] },
    { name: 'community', keys: [['orgPath.2', 1]] },
  ],
  /** Corrections of recorded hours, append-only; an activity's, newest first. */
  hoursCorrections: [
    {
      name: 'activity_at',
      keys: [
        ['activityId', 1],
        ['at', -1],
      ],
    },
  ],
  /** _id = the certificate number. A volunteer's own certificates, newest first. */
  volunteerCertificates: [
    {
      name: 'veteran_issued',
      keys: [
        ['veteranId', 1],
        ['issuedAt', -1],
      ],
    },
  ],
};
