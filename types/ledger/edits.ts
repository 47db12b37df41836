import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { FILE_FIELD_NAMES, type FileField } from '../veteran/fields';
import { reasonText } from '../profile/requests';

const note = multilineText().max(200, '备注不能超过200个字').default('');

/**
 * 核实: the grid member confirms the file as it is, or with changes; either way stamped verified (who,
 * when). `onBehalf` records that they acted for a person who could not (代办).
 */
export const verifyFile = defineContract<{ version: number; changed: FileField[] }>()({
  fn: 'ledger',
  action: 'verifyFile',
  input: z
    .object({
      veteranId: docId,
      changes: z
        .record(lineText().max(200, '内容不能超过200个字'))
        .default({})
        .superRefine((changes, ctx) => {
          for (const key of Object.keys(changes)) {
            if (!(FILE_FIELD_NAMES as string[]).includes(key))
              ctx.addIssue({ code: 'custom', message: '档案中没有这一项', path: [key] });
          }
        }),
      note,
      onBehalf: z.boolean().default(false),
      /** The version the page showed: a change made meanwhile answers CONFLICT. */
      version: z.number().int().positive().optional(),
    })
    .strict(),
  errors: ['NOT_FOUND', 'CONFLICT'],
});

/** Mark or unmark a key group (特困, 重大贡献, 立功受奖) with its reason; aged 80+ is never marked. */
export const markKeyGroup = defineContract<{ marked: boolean }>()({
  fn: 'ledger',
  action: 'markKeyGroup',
  input: z
    .object({
      veteranId: docId,
      group: z.enum(['hardship', 'contribution', 'decorated'], {
        errorMap: () => ({ message: '重点对象类别只能是：特困、重大贡献、立功受奖' }),
      }),
      on: z.boolean(),
      reason: reasonText('原因'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

/** The person moved house: their file moves to the new grid (and so their grid group); history stays. */
export const moveFile = defineContract<{ gridId: string; gridName: string }>()({
  fn: 'ledger',
  action: 'moveFile',
  input: z.object({ veteranId: docId, toGridId: docId, note: reasonText('转移原因') }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** A one-time code (7 days) with which a family member may act for the veteran (代办). */
export const issueProxyCode = defineContract<{ code: string; expiresAt: string }>()({
  fn: 'ledger',
  action: 'issueProxyCode',
  input: z
    .object({
      veteranId: docId,
      relation: lineText().min(1, '请填写与本人的关系').max(10, '关系不能超过10个字'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});
