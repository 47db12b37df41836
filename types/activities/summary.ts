import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

/** The organiser's account of an activity after it began: what was done, people reached (publicity). */
export const summarizeActivity = defineContract<{ saved: true }>()({
  fn: 'activities',
  action: 'summarizeActivity',
  input: z
    .object({
      activityId: docId,
      text: multilineText().min(5, '请写几句活动小结（至少5个字）').max(1000, '活动小结不能超过1000个字'),
      peopleReached: z
        .number({ invalid_type_error: '请填写覆盖人数' })
        .int('覆盖人数须为整数')
        .min(0, '覆盖人数不能为负')
        .max(1_000_000, '覆盖人数过大')
        .nullable()
        .default(null),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});
