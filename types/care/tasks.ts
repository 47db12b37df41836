import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { OccasionSetting, TaskSource } from './model';

/** A grid member records a mandatory-visit occasion (hospitalisation, misfortune, dispute...): a visit task. */
export const recordOccasion = defineContract<{ taskId: string; dueAt: string }>()({
  fn: 'care',
  action: 'recordOccasion',
  input: z.object({ veteranId: docId, occasion: z.string().min(1, '请选择事由').max(30), note: z.string().trim().max(500, '说明不能超过500个字').default('') }).strict(),
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
        .array(z.object({ key: z.string().regex(/^[a-z_]{2,20}$/), label: z.string().trim().min(1).max(20), dueDays: z.number().int().min(1, '期限至少1天').max(60, '期限不能超过60天'), enabled: z.boolean() }).strict())
        .min(1)
        .max(12),
      contactDays: z.number().int().min(7).max(365),
      keyGroupContactDays: z.number().int().min(1).max(365),
    })
    .strict(),
  errors: ['FORBIDDEN'],
});
