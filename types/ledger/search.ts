import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { OrgKind } from '../org/model';
import type { RosterRow } from './roster';

export const LEDGER_FILTERS = [
  'all',
  'aged80',
  'hardship',
  'contribution',
  'decorated',
  'unverified',
  'moved_out',
  'deceased',
] as const;
export type LedgerFilter = (typeof LEDGER_FILTERS)[number];

export interface LedgerRow extends RosterRow {
  gridName: string;
  placeName: string;
}

/**
 * 台账: the files under the caller's jurisdiction (or a node below it), searched by name, by the digits a
 * masked ID number shows, or by the full ID number; filtered; one page at a time.
 */
export const searchLedger = defineContract<{ items: LedgerRow[]; total: number; page: number; pageSize: number }>()({
  fn: 'ledger',
  action: 'searchLedger',
  input: z
    .object({
      orgId: docId.optional(),
      query: lineText().max(30, '搜索内容不能超过30个字').default(''),
      filter: z.enum(LEDGER_FILTERS).default('all'),
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(100).default(50),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

export interface StatsRow {
  id: string;
  name: string;
  kind: OrgKind;
  /** Veterans known: files of people living in the district. */
  known: number;
  complete: number;
  /** complete / known, 0..1 (1 when nobody is known). */
  rate: number;
  aged80: number;
  hardship: number;
  contribution: number;
  decorated: number;
}

/** Filing rate (建档率) and key-group counts for each node below the jurisdiction, and its total. */
export const ledgerStats = defineContract<{ total: StatsRow; rows: StatsRow[] }>()({
  fn: 'ledger',
  action: 'ledgerStats',
  input: z.object({ orgId: docId.optional() }).strict(),
  errors: ['NOT_FOUND'],
});
