import { z } from 'zod';
import { defineContract } from '../common/contract';
import { reasonText } from '../profile/requests';

/** Export the jurisdiction's ledger to .xlsx: masked, or full for the roles allowed (with a reason). Logged. */
export const exportLedger = defineContract<{ url: string; fileID: string; rows: number; masked: boolean; expiresAt: string }>()({
  fn: 'ledger',
  action: 'exportLedger',
  input: z
    .object({ orgId: z.string().trim().min(1).max(64).optional(), full: z.boolean().default(false), reason: reasonText('导出原因') })
    .strict(),
  errors: ['NOT_FOUND'],
});

export interface ImportProblem {
  /** The sheet's row number (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  /** Rows that would create a file. */
  toCreate: number;
  /** Rows whose person already has a file (importing twice creates nothing). */
  existing: number;
  rejected: number;
  problems: ImportProblem[];
  /** More problems than listed. */
  truncated: boolean;
  created: number;
}

const importInput = z.object({ fileID: z.string().trim().regex(/^cloud:\/\//, '请先上传 .xlsx 文件').max(300) }).strict();

/** Read an uploaded .xlsx ledger and report row by row what an import would do; writes nothing. */
export const importDryRun = defineContract<ImportReport>()({
  fn: 'ledger',
  action: 'importDryRun',
  input: importInput,
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** Import the rows the dry run accepts; rows with problems are skipped and reported. Idempotent. */
export const importCommit = defineContract<ImportReport>()({
  fn: 'ledger',
  action: 'importCommit',
  input: importInput,
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

