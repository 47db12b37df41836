import { z } from 'zod';
import type { ExportedFile } from '../common/exports';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { JobProgress } from '../jobs/model';

/** The kind of job a ledger export is (`jobs.kind`). */
export const LEDGER_EXPORT_JOB = 'ledgerExport';

/** One .xlsx of an export: a bounded run of its rows (in file id order), with its own ten-minute link. */
export interface LedgerExportPart extends ExportedFile {
  rows: number;
}

/**
 * A ledger export as its starter sees it: a job (进度 in rows written of rows to write) that, once done,
 * hands out its parts, each with a link fetched afresh on every ask (10 minutes). `rows` is the total.
 */
export interface LedgerExport extends JobProgress {
  masked: boolean;
  rows: number;
  /** The node whose files it holds (e.g. 香洲区). */
  orgName: string;
  /** Empty until the job is done, and again once its files are deleted (`expired`). */
  parts: LedgerExportPart[];
  /** Its files have been deleted from storage (EXPORT_KEEP_HOURS after it started): export again. */
  expired: boolean;
}

/**
 * Where an export stands, for the one who started it (anyone else: not found); while it runs, each ask
 * writes one more part of it unless another invocation is (the function's minute timer finishes it
 * otherwise).
 */
export const ledgerExport = defineContract<LedgerExport>()({
  fn: 'ledger',
  action: 'ledgerExport',
  input: z.object({ jobId: docId }).strict(),
  errors: ['NOT_FOUND'],
});
