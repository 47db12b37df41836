import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { fen } from '../common/money';
import { cloudFileId, imageUpload } from '../common/uploads';
import type { FundView } from './funds';
import { DISBURSE_METHODS, type AssistKind, type AssistStatus, type DisburseMethod } from './model';

/** Photos of evidence (diagnosis, bills, a damaged home) an application may carry. */
export const MAX_EVIDENCE = 9;

/** An application by the veteran (veteranId null = own) or by a grid member on their behalf. */
export const applyAssistance = defineContract<{ id: string; approverLevel: 'street' | 'district' }>()({
  fn: 'assist',
  action: 'apply',
  input: z
    .object({
      kind: z.enum(['subsidy', 'relief']).default('subsidy'),
      veteranId: docId.nullable().default(null),
      situation: multilineText().min(10, '请至少用10个字说明困难情况').max(2000, '情况说明不能超过2000个字'),
      askedFen: fen(100_000, '申请金额').refine((v) => v > 0, '申请金额应大于0'),
      evidence: z.array(cloudFileId).max(MAX_EVIDENCE, `证明材料最多${MAX_EVIDENCE}份`).default([]),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_EXISTS'],
});

export interface StepView {
  step: string;
  label: string;
  byName: string;
  byRole: string;
  at: string;
  note: string;
  amountFen: number | null;
}

export interface ApplicationView {
  id: string;
  kind: AssistKind;
  kindLabel: string;
  veteranId: string;
  veteranName: string;
  /** Where the veteran's file lies (org ids, district first): the UI asks `can()` with it. */
  orgPath: string[];
  situation: string;
  askedFen: number;
  approvedFen: number | null;
  disbursedFen: number | null;
  disburseMethod: DisburseMethod | null;
  status: AssistStatus;
  statusLabel: string;
  approverLevel: 'street' | 'district';
  steps: StepView[];
  /** How many evidence photos it carries (their temp URLs come from applicationEvidence). */
  evidenceCount: number;
  fundId: string | null;
  disbursedAt: string | null;
  createdAt: string;
}

/** The caller's own applications (a veteran sees each step). */
export const myApplications = defineContract<{ items: ApplicationView[] }>()({
  fn: 'assist',
  action: 'myApplications',
  input: z.object({}).strict(),
});

/** Applications waiting for the caller (station: to review; street/district: to approve or disburse). */
export const listApplications = defineContract<{ items: ApplicationView[] }>()({
  fn: 'assist',
  action: 'listApplications',
  input: z
    .object({
      orgId: docId.nullable().default(null),
      status: z.enum(['submitted', 'reviewed', 'approved', 'rejected', 'disbursed']).nullable().default(null),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

/** The station reviews (passes on or rejects). */
export const reviewApplication = defineContract<ApplicationView>()({
  fn: 'assist',
  action: 'review',
  input: z
    .object({ id: docId, pass: z.boolean(), note: multilineText().max(500, '备注不能超过500个字').default('') })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** The street or district approves (with an amount) or rejects, within its limit. */
export const approveApplication = defineContract<ApplicationView>()({
  fn: 'assist',
  action: 'approve',
  input: z
    .object({
      id: docId,
      approve: z.boolean(),
      amountFen: fen(100_000, '批准金额').nullable().default(null),
      note: multilineText().max(500, '备注不能超过500个字').default(''),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** The disbursement recorded (relief: paid from the fund in one transaction). */
export const disburseApplication = defineContract<ApplicationView>()({
  fn: 'assist',
  action: 'disburse',
  input: z
    .object({
      id: docId,
      amountFen: fen(100_000, '发放金额').refine((v) => v > 0, '发放金额应大于0'),
      method: z.enum(DISBURSE_METHODS, { errorMap: () => ({ message: '请选择发放方式' }) }),
      fundId: docId.nullable().default(null),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED'],
});

/** H5 (and weapp): one evidence photo, stored in the caller's own upload folder; answers its file id. */
export const uploadEvidence = defineContract<{ fileID: string }>()({
  fn: 'assist',
  action: 'uploadEvidence',
  input: imageUpload,
  errors: ['FORBIDDEN'],
});

/** Short-lived URLs of an application's evidence: for the applicant, the veteran and the staff over it. */
export const applicationEvidence = defineContract<{ urls: string[] }>()({
  fn: 'assist',
  action: 'applicationEvidence',
  input: z.object({ id: docId }).strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** Relief funds over the caller's jurisdiction with their balance. */
export const listFunds = defineContract<{ items: FundView[] }>()({
  fn: 'assist',
  action: 'listFunds',
  input: z.object({}).strict(),
});
