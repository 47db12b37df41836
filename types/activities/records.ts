import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { HonourEntry } from './honours';

/** Service hours in half hours: 0.5 to 24 a person and activity. */
export const serviceHours = z
  .number({ invalid_type_error: '请填写服务时长' })
  .min(0.5, '服务时长至少0.5小时')
  .max(24, '一次活动的服务时长不能超过24小时')
  .refine((h) => Number.isInteger(h * 2), '服务时长以0.5小时为单位');

/** The organiser records hours for attendees who checked in; once per person and activity. */
export const recordHours = defineContract<{ recorded: number; alreadyRecorded: string[] }>()({
  fn: 'activities',
  action: 'recordHours',
  input: z
    .object({
      activityId: docId,
      entries: z
        .array(z.object({ signupId: docId, hours: serviceHours }).strict())
        .min(1, '请填写服务时长')
        .max(500),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

export interface ServiceEntry {
  activityId: string;
  title: string;
  kindLabel: string;
  organiserName: string;
  date: string;
  hours: number;
}

export interface CertificateSummary {
  number: string;
  issuerName: string;
  totalHours: number;
  issuedAt: string;
}

/**
 * The caller's own volunteer service record: every service with its hours, newest first, the training
 * attended and the awards received (newest first), and their certificates.
 */
export const myServiceRecord = defineContract<{
  totalHours: number;
  items: ServiceEntry[];
  training: HonourEntry[];
  awards: HonourEntry[];
  certificates: CertificateSummary[];
}>()({
  fn: 'activities',
  action: 'myServiceRecord',
  input: z.object({}).strict(),
});

export interface CertificateView {
  number: string;
  name: string;
  idMasked: string;
  totalHours: number;
  services: { title: string; date: string; hours: number }[];
  /** Training and awards the issuer recorded (none on certificates issued before they were recorded). */
  training: { title: string; date: string; hours: number }[];
  awards: { title: string; date: string }[];
  issuerName: string;
  personInCharge: string;
  contact: string;
  issuedAt: string;
}

/** 志愿服务记录证明: issued by the organising node for the hours it recorded (谁记录谁证明). */
export const issueCertificate = defineContract<CertificateView>()({
  fn: 'activities',
  action: 'issueCertificate',
  input: z.object({ veteranId: docId, issuerOrgId: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** One certificate in full (to print or save): its volunteer, or staff over the issuing node. */
export const certificateDetail = defineContract<CertificateView>()({
  fn: 'activities',
  action: 'certificateDetail',
  input: z.object({ number: lineText().toUpperCase().min(1, '缺少证明编号').max(32, '编号过长') }).strict(),
  errors: ['NOT_FOUND'],
});

/** Anyone checks a certificate number: a masked name, the hours and the issuer, nothing more. */
export const verifyCertificate = defineContract<{
  name: string;
  totalHours: number;
  issuerName: string;
  issuedAt: string;
}>()({
  fn: 'activities',
  action: 'verifyCertificate',
  input: z
    .object({
      number: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z2-9]{16}$/, '证明编号为16位字母和数字'),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});
