import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/**
 * The handler of a request marks one of the six mandatory-visit occasions (六必访: serious illness, a
 * family misfortune, special hardship, a dispute, ...) that the request revealed: a visit task goes to the
 * veteran's grid with its due date. Marking the same occasion twice keeps the one task.
 */
export const markVisitOccasion = defineContract<{ taskId: string; occasionLabel: string; dueAt: string }>()({
  fn: 'requests',
  action: 'markVisitOccasion',
  input: z
    .object({
      id: docId,
      occasion: lineText().min(1, '请选择六必访事由').max(40),
      note: multilineText().max(300, '说明不能超过300个字').default(''),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_INPUT'],
});
