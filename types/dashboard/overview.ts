import type { ExportedFile } from '../common/exports';
import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { calendarMonth } from '../common/money';
import type { OrgKind } from '../org/model';

export interface FigureRow {
  id: string;
  name: string;
  kind: OrgKind;
  veterans: number;
  filed: number;
  filingRate: number;
  aged80: number;
  hardship: number;
  contribution: number;
  decorated: number;
  /** Key-group marks counted per group (a person in two groups counts twice: 人次). */
  keyGroups: number;
  /** People in at least one key group (each once). */
  keyGroupPeople: number;
  visits: number;
  visitValueFen: number;
  subsidies: number;
  subsidyFen: number;
  /** Activities held in the period (by their start), publicity's people reached, service minutes recorded. */
  activities: number;
  peopleReached: number;
  serviceMinutes: number;
  /** Party group life (三会一课, 主题党日) recorded in the period: meetings, members expected and present (人次). */
  meetings: number;
  meetingExpected: number;
  meetingPresent: number;
  /** Registered volunteers and 退役军人网格员 (veteran grid members in office) at the period's end. */
  volunteers: number;
  veteranStaff: number;
}

/** The activity figures of a row (types/activities/monthly.ts), read from the `activityMonthly` rows. */
export const ACTIVITY_FIGURES = [
  'activities',
  'peopleReached',
  'serviceMinutes',
  'meetings',
  'meetingExpected',
  'meetingPresent',
  'volunteers',
  'veteranStaff',
] as const;

export interface MonthRow {
  month: string;
  visits: number;
  visitValueFen: number;
  subsidies: number;
  subsidyFen: number;
  activities: number;
  peopleReached: number;
  serviceMinutes: number;
  meetings: number;
  meetingExpected: number;
  meetingPresent: number;
}

export interface DashboardData {
  node: { id: string; name: string; kind: OrgKind; parentId: string | null };
  period: { from: string; to: string };
  total: FigureRow;
  children: FigureRow[];
  months: MonthRow[];
  relief: { cases: number; paidFen: number };
  /** Requests received in the period and closed in it (solved, satisfaction of the rated). */
  requests: { received: number; solved: number; satisfaction: number | null } | null;
  /**
   * Notices published to the node or below during the period: `audience` sums each notice's audience (bound
   * veterans in its scope: 人次, a person reached by two notices counts twice), `read` their read receipts,
   * `readRate` = read / audience (0 when nobody was reached).
   */
  notices: { sent: number; read: number; audience: number; readRate: number } | null;
  /** The filing rule used: which fields make a file complete. */
  filingRule: string;
}

/** Figures over a node of the caller's jurisdiction (default: their own) for a period of months. */
export const dashboardOverview = defineContract<DashboardData>()({
  fn: 'dashboard',
  action: 'overview',
  input: z
    .object({
      orgId: docId.nullable().default(null),
      from: calendarMonth.nullable().default(null),
      to: calendarMonth.nullable().default(null),
    })
    .strict()
    .refine((v) => !v.from || !v.to || v.from <= v.to, { message: '开始月份不能晚于结束月份', path: ['from'] }),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** One table of the dashboard as an .xlsx file (a short-lived download link). */
export const dashboardExport = defineContract<ExportedFile>()({
  fn: 'dashboard',
  action: 'export',
  input: z
    .object({
      table: z.enum(['children', 'months']),
      orgId: docId.nullable().default(null),
      from: calendarMonth.nullable().default(null),
      to: calendarMonth.nullable().default(null),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});
