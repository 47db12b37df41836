import type { CollectionIndexes } from '../db/types';

/** Accounts, staff and their grants, registrations and invitations (function `account`). */
export const accountIndexes: CollectionIndexes = {
  /** _id = openid. The family members acting for a file (a merge moves them: cloudfunctions/ledger/duplicates/followers.ts). */
  accounts: [{ name: 'proxy_for', keys: [['proxyFor.veteranId', 1]] }],
  staff: [
    { name: 'org', keys: [['orgId', 1]] },
    { name: 'openid', keys: [['openid', 1]] },
    // The rollups rebuild: a street's veteran staff (cloudfunctions/_domain/rollups/activity-monthly-rebuild.ts).
    {
      name: 'street_veteran',
      keys: [
        ['orgPath.1', 1],
        ['status', 1],
        ['isVeteran', 1],
      ],
    },
    {
      name: 'status_id',
      keys: [
        ['status', 1],
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
    // Those matched to a file, waiting (a merge moves them: cloudfunctions/ledger/duplicates/followers.ts).
    {
      name: 'candidate_status',
      keys: [
        ['candidateVeteranId', 1],
        ['status', 1],
      ],
    },
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
};
