import type { CollectionIndexes } from '../db/types';

/** Visits, visit tasks, campaigns, the district care settings, monthly care figures (function `care`). */
export const careIndexes: CollectionIndexes = {
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
    /** A person's tasks (moved with them when two files of one person are merged). */
    { name: 'veteran', keys: [['veteranId', 1]] },
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
  /** _id = `${level}:${orgId}:${year}`: visits and assistance per street / community / grid, by month, one row a year (types/care/monthly.ts). */
  careMonthly: [
    {
      name: 'district_year',
      keys: [
        ['level', 1],
        ['orgPath.0', 1],
        ['year', 1],
      ],
    },
    {
      name: 'street_year',
      keys: [
        ['level', 1],
        ['orgPath.1', 1],
        ['year', 1],
      ],
    },
    {
      name: 'community_year',
      keys: [
        ['level', 1],
        ['orgPath.2', 1],
        ['year', 1],
      ],
    },
    {
      name: 'grid_year',
      keys: [
        ['orgPath.3', 1],
        ['year', 1],
      ],
    },
  ],
};
