import type { CollectionIndexes } from '../db/types';

/** Export files in storage (types/common/exports.ts): the purge timer takes the oldest first. */
export const exportsIndexes: CollectionIndexes = {
  exportFiles: [{ name: 'stored_at', keys: [['storedAt', 1]] }],
};
