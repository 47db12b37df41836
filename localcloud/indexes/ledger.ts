import type { CollectionIndexes } from '../db/types';

/** The veterans' files and what keeps them: audit, changes, corrections, statistics, proxy codes, the ledger rules (functions `ledger`, `profile`, _domain/dossier). */
export const ledgerIndexes: CollectionIndexes = {
  veterans: [
    // An ID number belongs to one file (issue 13): the database refuses a second file with the same hash.
    { name: 'id_hash', keys: [['idHash', 1]], unique: true },
    { name: 'phone_hash', keys: [['phoneHash', 1]] },
    // *_life: a node's living files; birthDate last so aged 80+ counts its boundary year by a range
    // (cloudfunctions/_domain/rollups/aged.ts).
    {
      name: 'street_life',
      keys: [
        ['orgPath.1', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'community_life',
      keys: [
        ['orgPath.2', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'grid_life',
      keys: [
        ['gridId', 1],
        ['lifeStatus', 1],
      ],
    },
    { name: 'openid', keys: [['openid', 1]] },
    {
      // Queries over a node use orgPath.<depth> (pathField): a grid is orgPath.3 (readiness check found it unindexed).
      name: 'grid_path_life',
      keys: [
        ['orgPath.3', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'district_life',
      keys: [
        ['orgPath.0', 1],
        ['lifeStatus', 1],
        ['birthDate', 1],
      ],
    },
    {
      name: 'street_name',
      keys: [
        ['orgPath.1', 1],
        ['name', 1],
      ],
    },
    {
      name: 'street_id',
      keys: [
        ['orgPath.1', 1],
        ['_id', 1],
      ],
    },
    // The notice sweep pages a scope's veterans by _id (cloudfunctions/notices/actions/dispatch-notifications).
    {
      name: 'district_id',
      keys: [
        ['orgPath.0', 1],
        ['_id', 1],
      ],
    },
    {
      name: 'community_id',
      keys: [
        ['orgPath.2', 1],
        ['_id', 1],
      ],
    },
    {
      name: 'grid_id',
      keys: [
        ['orgPath.3', 1],
        ['_id', 1],
      ],
    },
  ],
  audit: [
    {
      name: 'target_time',
      keys: [
        ['targetId', 1],
        ['at', -1],
      ],
    },
  ],
  fileChanges: [
    {
      name: 'file_time',
      keys: [
        ['veteranId', 1],
        ['at', -1],
      ],
    },
  ],
  corrections: [
    {
      name: 'file_time',
      keys: [
        ['veteranId', 1],
        ['createdAt', -1],
      ],
    },
    {
      name: 'grid_status',
      keys: [
        ['gridId', 1],
        ['status', 1],
      ],
    },
  ],
  /** _id = gridId. */
  ledgerStats: [
    { name: 'district', keys: [['orgPath.0', 1]] },
    { name: 'street', keys: [['orgPath.1', 1]] },
    { name: 'community', keys: [['orgPath.2', 1]] },
  ],
  /** _id = the place node's id (types/rollups/model.ts); a node's children are read by parentId. */
  rollups: [{ name: 'parent', keys: [['parentId', 1]] }],
  /** _id = the code. A file's codes not yet used (a merge moves them: cloudfunctions/ledger/duplicates/followers.ts). */
  proxyCodes: [
    {
      name: 'veteran_unused',
      keys: [
        ['veteranId', 1],
        ['usedBy', 1],
      ],
    },
  ],
  /** _id = a retired file's id: the file as it was when merged into another (types/ledger/duplicates.ts). */
  mergedFiles: [],
  /** _id = 'ledger'. */
  settings: [],
};
