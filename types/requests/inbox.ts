import type { ExportedFile } from '../common/exports';
import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { isoInstant } from '../common/dates';
import { REQUEST_CATEGORIES, REQUEST_STATUSES } from './model';
import type { RequestSummary } from './views';

export const INBOX_PAGE_SIZE = 20;

/**
 * A staff member's requests: `queue` = handled by their own org node now (urgent first, then the
 * nearest deadline); `area` = everything placed under their jurisdiction. Filters narrow either.
 * Paging: the first page answers `asOf` (the server's instant); later pages send it back and list only
 * requests made by then, so a request submitted while the staff member pages (an urgent one sorts first)
 * does not push a request they have not seen onto the page they already read.
 */
export const requestInbox = defineContract<{
  items: RequestSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** The instant the paging began: send it back with the next pages. */
  asOf: string;
}>()({
  fn: 'requests',
  action: 'requestInbox',
  input: z
    .object({
      scope: z.enum(['queue', 'area']).default('queue'),
      orgId: docId.optional(),
      state: z.enum(['open', 'done']).default('open'),
      status: z.enum(REQUEST_STATUSES).optional(),
      category: z.enum(REQUEST_CATEGORIES).optional(),
      overdue: z.boolean().optional(),
      legacy: z.boolean().optional(),
      mine: z.boolean().optional(),
      page: z.number().int().min(0).max(500).default(0),
      asOf: isoInstant.optional(),
    })
    .strict(),
  errors: ['FORBIDDEN', 'NOT_FOUND'],
});

export interface Figures {
  received: number;
  solved: number;
  open: number;
  /** Hours from submission to the first answer; null with nothing answered. */
  medianAnswerHours: number | null;
  rated: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
  /** (满意 + 基本满意) / rated, 0..1; null with nothing rated. */
  satisfactionRate: number | null;
}

export interface FigureRow extends Figures {
  orgId: string;
  name: string;
}

/** Figures of an org node (default: the caller's jurisdiction) with one row per node below it. */
export const requestFigures = defineContract<{
  node: { id: string; name: string; kind: string };
  total: Figures;
  rows: FigureRow[];
}>()({
  fn: 'requests',
  action: 'requestFigures',
  input: z.object({ orgId: docId.optional() }).strict(),
  errors: ['FORBIDDEN', 'NOT_FOUND'],
});

/** The requests under an org node as an .xlsx file: a temporary URL (and the stored file id). */
export const exportRequests = defineContract<ExportedFile & { count: number }>()({
  fn: 'requests',
  action: 'exportRequests',
  input: z.object({ orgId: docId.optional(), state: z.enum(['open', 'done', 'all']).default('all') }).strict(),
  errors: ['FORBIDDEN', 'NOT_FOUND'],
});
