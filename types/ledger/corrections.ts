import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { CorrectionView } from '../veteran/views';

/** Correction requests waiting in one grid, or in every grid the caller keeps. */
export const listCorrections = defineContract<{ items: CorrectionView[] }>()({
  fn: 'ledger',
  action: 'listCorrections',
  input: z.object({ gridId: docId.optional() }).strict(),
  errors: ['NOT_FOUND'],
});

/** The grid member confirms (the file changes, stamped verified) or rejects with a note the person reads. */
export const decideCorrection = defineContract<{ status: 'confirmed' | 'rejected' }>()({
  fn: 'ledger',
  action: 'decideCorrection',
  input: z
    .object({
      correctionId: docId,
      decision: z.enum(['confirm', 'reject']),
      note: multilineText().max(200, '备注不能超过200个字').default(''),
    })
    .strict()
    .refine((v) => v.decision === 'confirm' || v.note.length > 0, { message: '驳回时请写明原因', path: ['note'] }),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});
