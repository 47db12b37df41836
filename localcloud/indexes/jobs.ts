import type { CollectionIndexes } from '../db/types';

/** Long jobs worked in slices (cloudfunctions/_kernel/jobs.ts, types/jobs/model.ts). */
export const jobsIndexes: CollectionIndexes = {
  /**
   * _id = a job's id (the district's rollups rebuild: `rollups`). A function's minute timer reads its
   * running jobs, oldest first.
   */
  jobs: [
    {
      name: 'fn_status_created',
      keys: [
        ['fn', 1],
        ['status', 1],
        ['createdAt', 1],
      ],
    },
  ],
};
