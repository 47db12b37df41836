import { z } from 'zod';
import { calendarDay } from '../common/dates';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { serviceHours } from './records';

/**
 * Training and awards on a volunteer's record (民政部《志愿服务记录与证明出具办法（试行）》: a record holds
 * identity, services with hours, training, awards). Recorded by a node over the volunteer, which certifies
 * them with its services (谁记录谁证明).
 */
export const HONOUR_KINDS = ['training', 'award'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];
export const HONOUR_KIND_LABELS: Record<HonourKind, string> = { training: '培训', award: '表彰奖励' };

/** Collection `volunteerHonours`: one training attended or one award received, append-only. */
export interface VolunteerHonourDoc {
  _id: string;
  veteranId: string;
  name: string;
  kind: HonourKind;
  title: string;
  /** The day it took place (Asia/Shanghai). */
  date: string;
  /** Training hours; null for an award. */
  minutes: number | null;
  issuerOrgId: string;
  issuerPath: string[];
  issuerName: string;
  recordedBy: { staffId: string; name: string };
  recordedAt: Date;
}

/** One training or award as the record page and the certificate show it. */
export interface HonourEntry {
  kind: HonourKind;
  kindLabel: string;
  title: string;
  date: string;
  hours: number | null;
  issuerName: string;
}

/** Staff of a node over the volunteer record a training they attended (with hours) or an award. */
export const recordVolunteerHonour = defineContract<{ id: string }>()({
  fn: 'activities',
  action: 'recordVolunteerHonour',
  input: z
    .object({
      veteranId: docId,
      issuerOrgId: docId,
      kind: z.enum(HONOUR_KINDS, { errorMap: () => ({ message: '请选择培训或表彰奖励' }) }),
      title: lineText().min(2, '请填写名称').max(40, '名称不能超过40个字'),
      date: calendarDay,
      hours: serviceHours.optional(),
    })
    .strict()
    .refine((v) => v.kind !== 'training' || v.hours !== undefined, { message: '请填写培训时长', path: ['hours'] })
    .refine((v) => v.kind !== 'award' || v.hours === undefined, { message: '表彰奖励不填时长', path: ['hours'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});
