import type { CollectionIndexes } from '../db/types';

/** Notices and their read receipts (function `notices`). */
export const noticesIndexes: CollectionIndexes = {
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
};
