import type { CollectionIndexes } from '../db/types';

/** Group settings, explicit members, messages and read marks (function `groups`). */
export const groupsIndexes: CollectionIndexes = {
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
};
