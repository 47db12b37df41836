import type { CollectionIndexes } from '../db/types';

/** Requests (诉求) and the day counters of their reference numbers (function `requests`). */
export const requestsIndexes: CollectionIndexes = {
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
};
