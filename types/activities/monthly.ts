import { shanghaiMonth } from '../common/shanghai-time';
import type { StaffDoc } from '../account/model';
import type { MeetingDoc } from '../party/model';
import type { ActivityDoc, SignupDoc } from './model';
import type { VolunteerDoc } from './volunteers';

/**
 * Collection `activityMonthly`: per org node (district, street, community, grid, unit) and YEAR, what was done
 * at the node and below it, by month (`months['2025-06']`), one document per node and year
 * (_id = `${orgId}:${year}`). The dashboard sums the rows of a node's children (and its own row for the
 * total) instead of scanning activities, sign-ups, meetings, volunteers or staff: its cost grows with the
 * nodes shown, not with the records.
 *
 * Flows are booked in the month they happened (an activity's and a meeting's start); stocks (registered
 * volunteers, veteran grid members) in the month the person was registered or appointed, so the stock at
 * the end of a month is the sum of every month up to it. Each write that changes a figure adds its change
 * to the row of every node of its path (cloudfunctions/_domain/rollups/activity-monthly.ts) after a
 * conditional update of the source made it once; the rebuild job recomputes the rows from a raw scan.
 */
export interface ActivityMonthlyDoc {
  _id: string;
  orgId: string;
  /** The node's parent (null for a district): the dashboard reads a node's children's rows by it. */
  parentId: string | null;
  /** The node's org path (district first, the node last). */
  orgPath: string[];
  /** 'YYYY' */
  year: string;
  months: Record<string, ActivityMonth>;
}

export interface ActivityMonth {
  /** Activities held (summarised, or someone checked in), by their start. */
  activities: number;
  /** People reached by publicity (the summaries' 覆盖人数). */
  peopleReached: number;
  /** Service time recorded by organisers, in minutes. */
  serviceMinutes: number;
  /** Party group-life meetings recorded (三会一课, 主题党日), their expected and present members (人次). */
  meetings: number;
  meetingExpected: number;
  meetingPresent: number;
  /** Volunteers registered in the month (a stock: sum the months up to a date). */
  volunteers: number;
  /** Veteran grid members (退役军人网格员) appointed in the month and still active and marked (a stock). */
  veteranStaff: number;
}

export type ActivityDelta = Partial<ActivityMonth>;

export const ACTIVITY_MONTH_FIELDS = [
  'activities',
  'peopleReached',
  'serviceMinutes',
  'meetings',
  'meetingExpected',
  'meetingPresent',
  'volunteers',
  'veteranStaff',
] as const;

/** The figures that are stocks: summed over every month up to the period's end, not over the period. */
export const STOCK_FIELDS = ['volunteers', 'veteranStaff'] as const;

export function emptyActivityMonth(): ActivityMonth {
  return {
    activities: 0,
    peopleReached: 0,
    serviceMinutes: 0,
    meetings: 0,
    meetingExpected: 0,
    meetingPresent: 0,
    volunteers: 0,
    veteranStaff: 0,
  };
}

export type ActivityBooking = { orgPath: string[]; month: string; delta: ActivityDelta };

export type ActivityRowKey = Pick<ActivityMonthlyDoc, '_id' | 'orgId' | 'parentId' | 'orgPath' | 'year'>;

/** The row of every node of `orgPath` for the year of `month`. */
export function activityRowKeys(orgPath: readonly string[], month: string): ActivityRowKey[] {
  const year = month.slice(0, 4);
  return orgPath.map((orgId, i) => ({
    _id: `${orgId}:${year}`,
    orgId,
    parentId: i ? orgPath[i - 1] : null,
    orgPath: orgPath.slice(0, i + 1),
    year,
  }));
}

/** A delta with its zeros left out (nothing to book when empty). */
export function nonZero(delta: ActivityDelta): ActivityDelta {
  const out: ActivityDelta = {};
  for (const f of ACTIVITY_MONTH_FIELDS) if (delta[f]) out[f] = delta[f];
  return out;
}

/** `after - before`, zeros left out. */
export function deltaBetween(before: ActivityDelta, after: ActivityDelta): ActivityDelta {
  const out: ActivityDelta = {};
  for (const f of ACTIVITY_MONTH_FIELDS) out[f] = (after[f] ?? 0) - (before[f] ?? 0);
  return nonZero(out);
}

/** What an activity counts for, from the activity and its signed-up people (checked in, hours recorded). */
export function activityFigures(
  activity: Pick<ActivityDoc, 'status' | 'summary' | 'kind'>,
  signed: readonly Pick<SignupDoc, 'checkedInAt' | 'minutes'>[],
): ActivityDelta {
  if (activity.status !== 'open') return {};
  const held = !!activity.summary || signed.some((s) => s.checkedInAt);
  return nonZero({
    activities: held ? 1 : 0,
    peopleReached: activity.kind === 'publicity' ? (activity.summary?.peopleReached ?? 0) : 0,
    serviceMinutes: signed.reduce((sum, s) => sum + (s.minutes ?? 0), 0),
  });
}

export const activityMonth = (a: Pick<ActivityDoc, 'startAt'>): string => shanghaiMonth(new Date(a.startAt));

/**
 * A meeting's org path: its branch's node (the ids of `path` before the branch's), and for a 党小组会 the
 * small group's grid (`psg-<gridId>`).
 */
export function meetingOrgPath(m: Pick<MeetingDoc, 'path' | 'branchId' | 'smallGroupId'>): string[] {
  const at = m.path.indexOf(m.branchId);
  const org = at < 0 ? [] : m.path.slice(0, at);
  if (m.smallGroupId?.startsWith('psg-')) org.push(m.smallGroupId.slice(4));
  return org;
}

/** A recorded meeting: one meeting, its roster and who was present, in the month it began. */
export function meetingBooking(
  m: Pick<MeetingDoc, 'path' | 'branchId' | 'smallGroupId' | 'startAt' | 'roster' | 'status'>,
): ActivityBooking | null {
  if (m.status !== 'recorded') return null;
  return {
    orgPath: meetingOrgPath(m),
    month: shanghaiMonth(new Date(m.startAt)),
    delta: {
      meetings: 1,
      meetingExpected: m.roster.length,
      meetingPresent: m.roster.filter((r) => r.status === 'present').length,
    },
  };
}

/** A registered volunteer: one, where they lived when they registered, in the month they first registered. */
export function volunteerBooking(v: Pick<VolunteerDoc, 'orgPath' | 'registeredAt'>): ActivityBooking {
  return { orgPath: v.orgPath, month: shanghaiMonth(new Date(v.registeredAt)), delta: { volunteers: 1 } };
}

/** Grid roles: a veteran holding one is a 退役军人网格员. */
const GRID_ROLES: readonly StaffDoc['role'][] = ['grid_member', 'grid_leader'];

/** An active veteran grid member (退役军人网格员) counts once at their node, in the month they were appointed. */
export function staffBooking(
  s: Pick<StaffDoc, 'orgPath' | 'createdAt' | 'isVeteran' | 'status' | 'role'>,
): ActivityBooking | null {
  if (s.status !== 'active' || !s.isVeteran || !GRID_ROLES.includes(s.role)) return null;
  return { orgPath: s.orgPath, month: shanghaiMonth(new Date(s.createdAt)), delta: { veteranStaff: 1 } };
}

/** The same booking with every figure negated (what undoes it). */
export function negated(b: ActivityBooking): ActivityBooking {
  const delta: ActivityDelta = {};
  for (const f of ACTIVITY_MONTH_FIELDS) if (b.delta[f]) delta[f] = -(b.delta[f] as number);
  return { ...b, delta };
}

/** Folds bookings into rows (the seed and the rebuild build the table this way). */
export function foldActivityMonthly(items: readonly ActivityBooking[]): ActivityMonthlyDoc[] {
  const rows = new Map<string, ActivityMonthlyDoc>();
  for (const it of items) {
    for (const k of activityRowKeys(it.orgPath, it.month)) {
      const row = rows.get(k._id) ?? { ...k, months: {} };
      const m = (row.months[it.month] ??= emptyActivityMonth());
      for (const f of ACTIVITY_MONTH_FIELDS) m[f] += it.delta[f] ?? 0;
      rows.set(k._id, row);
    }
  }
  return [...rows.values()];
}
