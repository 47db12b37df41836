import type { CollectionIndexes } from '../db/types';

/** Assistance applications, relief funds and the approval limits (function `assist`). */
export const assistIndexes: CollectionIndexes = {
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
};
