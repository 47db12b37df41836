import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { OccasionSetting, TaskSource } from './model';

/** A grid member records a mandatory-visit occasion (hospitalisation, misfortune, dispute...): a visit task. */
export const recordOccasion = defineContract<{ taskId: string; dueAt: string }>()({
  fn: 'care',
  action: 'recordOccasion',
  input: z
    .object({
      veteranId: docId,
      occasion: lineText().min(1, '请选择事由').max(30),
      note: multilineText().max(500, '说明不能超过500个字').default(''),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

export interface VisitTaskView {
  id: string;
  veteranId: string;
  veteranName: string;
  gridId: string;
  occasion: string;
  occasionLabel: string;
  source: TaskSource;
  note: string;
  dueAt: string;
  overdue: boolean;
  status: 'open' | 'done';
}

/** Open visit tasks over a node (the caller's grid by default); `overdueOnly` lists the late ones. */
export const listTasks = defineContract<{ items: VisitTaskView[]; overdue: number }>()({
  fn: 'care',
  action: 'listTasks',
  input: z.object({ orgId: docId.nullable().default(null), overdueOnly: z.boolean().default(false) }).strict(),
  errors: ['NOT_FOUND'],
});

export interface CareSettingsView {
  occasions: OccasionSetting[];
  contactDays: number;
  keyGroupContactDays: number;
}

/** The district's care settings: the six occasions and the contact periods. */
export const getCareSettings = defineContract<CareSettingsView>()({
  fn: 'care',
  action: 'getCareSettings',
  input: z.object({}).strict(),
});

export const updateCareSettings = defineContract<CareSettingsView>()({
  fn: 'care',
  action: 'updateCareSettings',
  input: z
    .object({
      occasions: z
        .array(
          z
            .object({
              key: z.string().regex(/^[a-z_]{2,20}$/, '事由编号只能是2到20个小写字母'),
              label: lineText().min(1, '请填写事由名称').max(20, '事由名称不能超过20个字'),
              dueDays: z
                .number({ invalid_type_error: '请填写天数' })
                .int('天数应为整数')
                .min(1, '期限至少1天')
                .max(60, '期限不能超过60天'),
              enabled: z.boolean(),
            })
            .strict(),
        )
        .min(1, '至少保留一项事由')
        .max(12, '事由最多12项'),
      contactDays: z
        .number({ invalid_type_error: '请填写天数' })
        .int('天数应为整数')
        .min(7, '联系周期至少7天')
        .max(365, '联系周期不能超过365天'),
      keyGroupContactDays: z
        .number({ invalid_type_error: '请填写天数' })
        .int('天数应为整数')
        .min(1, '联系周期至少1天')
        .max(365, '联系周期不能超过365天'),
    })
    .strict(),
  errors: ['FORBIDDEN'],
});
