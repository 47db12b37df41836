import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { reasonText } from '../profile/requests';

/** Show one full number of a file, for a stated reason; every reveal is logged and the person can see it. */
export const revealField = defineContract<{ value: string }>()({
  fn: 'ledger',
  action: 'revealField',
  input: z
    .object({
      veteranId: docId,
      field: z.enum(['idNumber', 'phone', 'emergencyPhone'], {
        errorMap: () => ({ message: '只能查看身份证号或电话' }),
      }),
      reason: reasonText('查看原因'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});
