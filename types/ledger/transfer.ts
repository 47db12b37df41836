import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { lineText } from '../common/text';
import { reasonText } from '../profile/requests';
import type { JobProgress } from '../jobs/model';
import type { LedgerExport } from './export';
import { LEDGER_FILTERS } from './search';

/**
 * Export the jurisdiction's ledger to .xlsx: masked, or full for the roles allowed (with a reason). Logged.
 * It exports what searchLedger lists for the same query and filter (by default every file 在册, as the
 * ledger's list shows it: moved-out and deceased files are their own filters), so the two counts agree.
 * Always a job (a district at ten times today's size takes minutes): the call starts it and writes its
 * first parts; a small export is done by the time it answers, a large one is followed with `ledgerExport`.
 */
export const exportLedger = defineContract<LedgerExport>()({
  fn: 'ledger',
  action: 'exportLedger',
  input: z
    .object({
      orgId: docId.optional(),
      query: lineText().max(30, '搜索内容不能超过30个字').default(''),
      filter: z.enum(LEDGER_FILTERS).default('all'),
      full: z.boolean().default(false),
      reason: reasonText('导出原因'),
    })
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

const importInput = z
  .object({
    fileID: z
      .string()
      .trim()
      .regex(/^cloud:\/\//, '请先上传 .xlsx 文件')
      .max(300),
  })
  .strict();

/** Read an uploaded .xlsx ledger and report row by row what an import would do; writes nothing. */
export const importDryRun = defineContract<ImportReport>()({
  fn: 'ledger',
  action: 'importDryRun',
  input: importInput,
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/**
 * What a commit answers: the report, and the recompute of the figures of the grids it touched (a job: a
 * sheet over a few grids is done by the time the call answers; a district-wide one is followed with
 * `ledgerJob` until done).
 */
export interface ImportCommitted extends ImportReport {
  stats: JobProgress;
}

/** Import the rows the dry run accepts; rows with problems are skipped and reported. Idempotent. */
export const importCommit = defineContract<ImportCommitted>()({
  fn: 'ledger',
  action: 'importCommit',
  input: importInput,
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** Largest .xlsx accepted for an import (about 20,000 rows fit well under it). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

/**
 * Most people one import takes: committing 20,000 new files spread over every grid of a district ten times
 * the demo's took 22.1-22.9 s of the ledger function's 60 s, most of it writing the files (local engine,
 * 6 Dec, bench/support/scale-import.ts; the grids' figures are recomputed after, by a job); a 5 MB sheet
 * of short rows could hold several times more, which would run past the timeout.
 */
export const MAX_IMPORT_ROWS = 20_000;

/**
 * H5 only (no Taro.cloud.uploadFile in the browser): the .xlsx's bytes as base64, stored in the caller's
 * upload folder; answers the fileID that importDryRun / importCommit take. Street and district staff only.
 */
export const uploadImportSheet = defineContract<{ fileID: string }>()({
  fn: 'ledger',
  action: 'uploadImportSheet',
  input: z
    .object({
      dataBase64: z
        .string({ required_error: '请选择 .xlsx 文件' })
        .min(16, '文件内容为空')
        .max(Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 4, '文件不能超过 5 MB，请分成几个表格导入'),
    })
    .strict(),
  errors: ['FORBIDDEN'],
});
