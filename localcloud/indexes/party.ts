import type { CollectionIndexes } from '../db/types';

/** Party branches, small groups, members, posts and meetings (function `party`). */
export const partyIndexes: CollectionIndexes = {
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
    // The rollups rebuild: a street's recorded meetings (cloudfunctions/_domain/rollups/activity-monthly-rebuild.ts).
    {
      name: 'street_status',
      keys: [
        ['path.1', 1],
        ['status', 1],
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
};
