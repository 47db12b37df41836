import type { CollectionIndexes } from '../db/types';

/** Per-caller rate-limit counters (_kernel/rate-limit). */
export const rateLimitsIndexes: CollectionIndexes = {
  /**
   * Per-caller rate limits (types/common/rate-limits.ts): _id = OPENID, one document per person holding,
   * per budget, the windows of the last `limit` calls, so it never grows and needs no cleanup; every read and
   * write goes by _id (no other index).
   */
  rateCounters: [],
};
