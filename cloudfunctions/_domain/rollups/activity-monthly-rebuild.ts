import type { StaffDoc } from '../../../types/account/model';
import type { ActivityDoc } from '../../../types/activities/model';
import {
  ACTIVITY_MONTH_FIELDS,
  activityFigures,
  activityMonth,
  deltaBetween,
  emptyActivityMonth,
  foldActivityMonthly,
  meetingBooking,
  staffBooking,
  volunteerBooking,
  type ActivityBooking,
  type ActivityDelta,
  type ActivityMonthlyDoc,
} from '../../../types/activities/monthly';
import type { VolunteerDoc } from '../../../types/activities/volunteers';
import type { OrgDoc } from '../../../types/org/model';
import type { MeetingDoc } from '../../../types/party/model';
import { signedOf } from './activity-monthly';
import { everyDoc } from './read';
import { orgPage, type RebuildStage, type StageCtx } from './stage';

/** Streets recomputed per page (each: its activities with their sign-ups, meetings, volunteers, staff). */
const PAGE = 5;
/** The cursor of the last page: each district's rows, its streets' rows summed with its own activities. */
const DISTRICTS = '~districts';

const sameRow = (a: ActivityMonthlyDoc | undefined, b: ActivityMonthlyDoc) =>
  !!a &&
  a.parentId === b.parentId &&
  a.orgPath.join('/') === b.orgPath.join('/') &&
  Object.keys({ ...a.months, ...b.months }).every((m) =>
    ACTIVITY_MONTH_FIELDS.every((f) => (a.months?.[m]?.[f] ?? 0) === (b.months[m]?.[f] ?? 0)),
  );

/** Rewrites the rows that differ from `wanted` and removes rows nobody wants. */
async function replaceRows(ctx: StageCtx, have: ActivityMonthlyDoc[], wanted: ActivityMonthlyDoc[]): Promise<void> {
  const current = new Map(have.map((r) => [r._id, r]));
  const ids = new Set(wanted.map((r) => r._id));
  await Promise.all([
    ...wanted
      .filter((r) => !sameRow(current.get(r._id), r))
      .map(({ _id, ...row }) => ctx.db.collection('activityMonthly').doc(_id).set({ data: row })),
    ...have.filter((r) => !ids.has(r._id)).map((r) => ctx.db.collection('activityMonthly').doc(r._id).remove()),
  ]);
}

/**
 * An activity's figures recomputed from its sign-ups; its `booked` replaced where it differs (only from the
 * rev read: a writer that booked meanwhile has added its own change to the rows, which the page's sums
 * may miss until the next run, as with the other rollups).
 */
async function activityBookings(ctx: StageCtx, activities: ActivityDoc[]): Promise<ActivityBooking[]> {
  const out: ActivityBooking[] = [];
  for (const a of activities) {
    const figures = activityFigures(a, await signedOf(ctx, a._id));
    const rev = a.booked?.rev ?? 0;
    if (Object.keys(deltaBetween(a.booked?.figures ?? {}, figures)).length)
      await ctx.db
        .collection('activities')
        .where({ _id: a._id, ...(rev ? { 'booked.rev': rev } : { booked: ctx._.exists(false) }) })
        .update({ data: { booked: ctx._.set({ figures, rev: rev + 1 }) } });
    out.push({ orgPath: a.organiserPath, month: activityMonth(a), delta: figures as ActivityDelta });
  }
  return out;
}

const ACTIVITY_FIELDS = { status: true, summary: true, kind: true, startAt: true, organiserPath: true, booked: true };

/** Every booking of the sources under a street (at path depth 1). */
async function streetBookings(ctx: StageCtx, street: string): Promise<ActivityBooking[]> {
  const [activities, meetings, volunteers, staff] = await Promise.all([
    everyDoc<ActivityDoc>(ctx, 'activities', { 'organiserPath.1': street }, ACTIVITY_FIELDS),
    everyDoc<MeetingDoc>(
      ctx,
      'partyMeetings',
      { 'path.1': street, status: 'recorded' },
      {
        path: true,
        branchId: true,
        smallGroupId: true,
        startAt: true,
        roster: true,
        status: true,
      },
    ),
    everyDoc<VolunteerDoc>(ctx, 'volunteers', { 'orgPath.1': street }, { orgPath: true, registeredAt: true }),
    everyDoc<StaffDoc>(ctx, 'staff', { 'orgPath.1': street, status: 'active', isVeteran: true }),
  ]);
  return [
    ...(await activityBookings(ctx, activities)),
    ...meetings.map(meetingBooking),
    ...volunteers.map(volunteerBooking),
    ...staff.map(staffBooking),
  ].filter((b): b is ActivityBooking => !!b);
}

/** A district's rows: its streets' (and units') rows summed, plus what lies at the district itself. */
async function districtRows(ctx: StageCtx, district: OrgDoc): Promise<ActivityMonthlyDoc[]> {
  const [children, activities, staff] = await Promise.all([
    everyDoc<ActivityMonthlyDoc>(ctx, 'activityMonthly', { parentId: district._id }),
    everyDoc<ActivityDoc>(ctx, 'activities', { organiserOrgId: district._id }, ACTIVITY_FIELDS),
    everyDoc<StaffDoc>(ctx, 'staff', { orgId: district._id }),
  ]);
  const own = [
    ...(await activityBookings(ctx, activities)),
    ...staff.map(staffBooking).filter((b): b is ActivityBooking => !!b),
  ];
  const rows = new Map<string, ActivityMonthlyDoc>(
    foldActivityMonthly(own)
      .filter((r) => r.orgId === district._id)
      .map((r) => [r._id, r]),
  );
  for (const c of children) {
    const id = `${district._id}:${c.year}`;
    const row =
      rows.get(id) ??
      rows
        .set(id, { _id: id, orgId: district._id, parentId: null, orgPath: [district._id], year: c.year, months: {} })
        .get(id)!;
    for (const [m, figures] of Object.entries(c.months ?? {})) {
      const at = (row.months[m] ??= emptyActivityMonth());
      for (const f of ACTIVITY_MONTH_FIELDS) at[f] += figures[f] ?? 0;
    }
  }
  return [...rows.values()];
}

/**
 * Rebuild stage: the dashboard's activity rows (activityMonthly) recomputed from a raw scan of the activities
 * with their sign-ups, the recorded party meetings, the volunteers and the staff, a few streets a page (the
 * rows of each street and every node below it), then each district's rows from its streets' rows and its
 * own activities. Each activity's `booked` is set to what it was counted for, so later writes add their
 * difference to the rebuilt rows. A booking that lands while its street is recomputed can be lost until the
 * next run, as with the other rollups.
 */
export const rebuildActivityMonthly: RebuildStage = {
  unit: 'street',
  async page(ctx, cursor) {
    if (cursor === DISTRICTS) {
      for (const district of await everyDoc<OrgDoc>(ctx, 'orgs', { kind: 'district' }))
        await replaceRows(
          ctx,
          await everyDoc<ActivityMonthlyDoc>(ctx, 'activityMonthly', { orgId: district._id }),
          await districtRows(ctx, district),
        );
      return { next: null, units: 0 };
    }
    const page = await orgPage(ctx, 'street', cursor, PAGE, DISTRICTS);
    for (const street of page.ids) {
      const [bookings, have] = await Promise.all([
        streetBookings(ctx, street),
        everyDoc<ActivityMonthlyDoc>(ctx, 'activityMonthly', { 'orgPath.1': street }),
      ]);
      // The street's rows and those below it (the district's are summed on the last page).
      await replaceRows(
        ctx,
        have,
        foldActivityMonthly(bookings).filter((r) => r.orgPath.length > 1),
      );
    }
    return { next: page.next, units: page.ids.length };
  },
};
