import type { CollectionIndexes } from '../db/types';

/** The org tree (function `org`). */
export const orgIndexes: CollectionIndexes = {
  orgs: [
    { name: 'parent', keys: [['parentId', 1]] },
    { name: 'kind', keys: [['kind', 1]] },
  ],
};
