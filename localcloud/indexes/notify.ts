import type { CollectionIndexes } from '../db/types';

/** Subscribe-message opt-ins and the claims written before each message (function `notify`, _domain/subscriptions). */
export const notifyIndexes: CollectionIndexes = {
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
};
