import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { RequestLevel, RequestStatus } from './model';
import { shortText, versionField as version } from './follow';

const base = { id: docId, version };

/**
 * Staff take one step on a request they handle (see state-machine.ts). `version` is the one the staff
 * member loaded: when someone else acted first the step fails with CONFLICT and nothing is written.
 */
export const handleRequest = defineContract<{
  id: string;
  status: RequestStatus;
  level: RequestLevel;
  version: number;
}>()({
  fn: 'requests',
  action: 'handleRequest',
  input: z.discriminatedUnion(
    'step',
    [
      z
        .object({
          ...base,
          step: z.literal('accept'),
          text: multilineText().max(300, '说明不能超过300个字').default(''),
        })
        .strict(),
      z
        .object({
          ...base,
          step: z.literal('start'),
          text: multilineText().max(300, '说明不能超过300个字').default(''),
        })
        .strict(),
      z.object({ ...base, step: z.literal('assign'), assigneeId: docId }).strict(),
      z.object({ ...base, step: z.literal('escalate'), text: shortText('上报原因', 500) }).strict(),
      z.object({ ...base, step: z.literal('handBack'), text: shortText('交回原因', 500) }).strict(),
      z.object({ ...base, step: z.literal('progress'), text: shortText('办理进展', 1000) }).strict(),
      z.object({ ...base, step: z.literal('answer'), text: shortText('答复内容', 2000) }).strict(),
      z
        .object({
          ...base,
          step: z.literal('close'),
          text: multilineText().max(300, '说明不能超过300个字').default(''),
        })
        .strict(),
      z.object({ ...base, step: z.literal('return'), text: shortText('退回原因', 500) }).strict(),
      z.object({ ...base, step: z.literal('note'), text: shortText('备注', 1000) }).strict(),
      z.object({ ...base, step: z.literal('markLegacy'), text: shortText('认定理由', 500) }).strict(),
    ],
    {
      errorMap: (issue, ctx) => ({
        message: issue.code === 'invalid_union_discriminator' ? '不支持的办理步骤' : ctx.defaultError,
      }),
    },
  ),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED', 'FORBIDDEN'],
});
