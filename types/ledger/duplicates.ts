import { z } from 'zod';
import { defineContract } from '../common/contract';
import type { LifeStatus } from '../veteran/model';

/** Files that share one ID number: the number masked, and each file's name and place. */
export interface DuplicateIdGroup {
  idMasked: string;
  files: { veteranId: string; name: string; place: string; lifeStatus: LifeStatus }[];
}

/**
 * The district's files that share an ID number (issue 13 item 4): written before the number's unique index
 * existed, they must be merged or corrected by staff before the index can be built. Found by the number's
 * blind index, never by decrypting; for the district's admins.
 */
export const duplicateIdNumbers = defineContract<{ groups: DuplicateIdGroup[] }>()({
  fn: 'ledger',
  action: 'duplicateIdNumbers',
  input: z.object({}).strict(),
});
