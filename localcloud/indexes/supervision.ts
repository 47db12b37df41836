import type { CollectionIndexes } from '../db/types';

/** Recruitment integrity and conduct supervision (function `supervision`). */
export const supervisionIndexes: CollectionIndexes = {
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
};
