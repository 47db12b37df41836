import { mySubscriptions, recordSubscription } from '../../../types/notify/subscriptions';
import { SIGNED_IN } from './shared';
import { table } from './table';

/** notify: each person's own subscribe-message choices; nobody else's, nothing placed. */
export const tables = [
  table({
    contract: mySubscriptions,
    target: () => ({}),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's own choices",
  }),
  table({
    contract: recordSubscription,
    target: () => ({ results: { notice: 'accept' as const } }),
    allowed: { inScope: SIGNED_IN, outOfScope: SIGNED_IN },
    unplaced: "the caller's own choices",
  }),
];
