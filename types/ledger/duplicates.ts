import { z } from 'zod';
import { defineContract } from '../common/contract';
import { lineText } from '../common/text';
import { docId } from '../common/validators';
import { reasonText } from '../profile/requests';
import type { LifeStatus } from '../veteran/model';

/** Files that share one ID number: the number masked, and each file's name and place. */
export interface DuplicateIdGroup {
  idMasked: string;
  files: {
    veteranId: string;
    name: string;
    place: string;
    lifeStatus: LifeStatus;
    /** The file's version, named back by resolveDuplicateId. */
    version: number;
    phoneMasked: string;
    /** A WeChat account is bound to it. */
    bound: boolean;
    /** Records keyed by this file's id that a merge cannot move (so this one must be kept). */
    pinned: string[];
  }[];
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

/**
 * What staff do with one file of a group sharing an ID number (issue 13 item 4):
 * - `merge`: the two files are one person. `retireId` is merged into `keepId` in one transaction: the
 *   person's history (requests, visits, assistance, corrections, file changes, a bound WeChat account...)
 *   moves to the kept file, the retired file is archived (collection `mergedFiles`) and leaves the ledger.
 *   Refused while the retired file holds records keyed by its own id that cannot move (an open assistance
 *   application, a volunteer registration, party membership, activity sign-ups): keep that one instead.
 * - `correct`: the two are different people and `veteranId`'s number was typed wrong: it gets `idNumber`
 *   (validated like any ID number, refused if any other file holds it).
 * Each side names the version the page showed (CONFLICT if a file changed meanwhile). District admins only.
 */
export const resolveDuplicateId = defineContract<{ resolved: 'merged' | 'corrected'; moved: number }>()({
  fn: 'ledger',
  action: 'resolveDuplicateId',
  input: z.discriminatedUnion('way', [
    z
      .object({
        way: z.literal('merge'),
        keepId: docId,
        retireId: docId,
        keepVersion: z.number().int().positive(),
        retireVersion: z.number().int().positive(),
        note: reasonText('合并原因'),
      })
      .strict(),
    z
      .object({
        way: z.literal('correct'),
        veteranId: docId,
        version: z.number().int().positive(),
        idNumber: lineText().max(18, '身份证号为18位'),
        note: reasonText('更正原因'),
      })
      .strict(),
  ]),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'],
});
