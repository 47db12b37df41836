import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { lineText } from '../common/text';
import type { KeyGroup } from '../veteran/ledger-rules';
import type { LifeStatus } from '../veteran/model';
import type { CorrectionView, FileView, HistoryView } from '../veteran/views';

export const ROSTER_FILTERS = [
  'all',
  'aged80',
  'hardship',
  'contribution',
  'decorated',
  'overdue',
  'unverified',
  'incomplete',
  'corrections',
] as const;
export type RosterFilter = (typeof ROSTER_FILTERS)[number];

export interface RosterRow {
  id: string;
  name: string;
  gender: '男' | '女';
  age: number;
  idMasked: string;
  phoneMasked: string | null;
  keyGroups: KeyGroup[];
  lifeStatus: LifeStatus;
  verifiedAt: string | null;
  verifyDueAt: string;
  overdue: boolean;
  complete: boolean;
  bound: boolean;
  pendingCorrections: number;
}

export interface GridRoster {
  gridId: string;
  gridName: string;
  items: RosterRow[];
  /** Counts over the whole grid (in the district), whatever the filter and the search. */
  counts: Record<RosterFilter, number>;
  pendingRegistrations: number;
}

/** 网格台账: the files of one grid, with filters (key groups, overdue verification, pending work). */
export const gridRoster = defineContract<GridRoster>()({
  fn: 'ledger',
  action: 'gridRoster',
  input: z
    .object({
      /** Default: the caller's own grid (grid leader or member). */
      gridId: docId.optional(),
      filter: z.enum(ROSTER_FILTERS).default('all'),
      /** The start of a name, or the last digits (up to 4) a masked phone shows. */
      query: lineText().max(30, '搜索内容不能超过30个字').default(''),
    })
    .strict(),
  errors: ['NOT_FOUND'],
});

/** The file page for the grid team and staff: the file masked, its pending corrections and history. Logged. */
export const fileDetail = defineContract<{ file: FileView; corrections: CorrectionView[]; history: HistoryView[] }>()({
  fn: 'ledger',
  action: 'fileDetail',
  input: z.object({ veteranId: docId }).strict(),
  errors: ['NOT_FOUND'],
});
