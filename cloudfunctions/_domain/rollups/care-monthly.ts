import type { AssistanceDoc } from '../../../types/assist/model';
import type { VisitDoc } from '../../../types/care/model';
import { foldMonthly, MONTHLY_FIELDS, type CareMonthlyDoc } from '../../../types/care/monthly';
import { paymentBooking, visitBooking } from '../care/monthly';
import { everyDoc } from './read';
import { orgPage, type RebuildStage, type StageCtx } from './stage';

/** Communities recomputed per page (each: its visits and payments, one indexed range read each). */
const PAGE = 5;
/** The cursor of the last page: the streets' rows, summed from their communities' rows. */
const STREETS = '~streets';

const same = (a: CareMonthlyDoc | undefined, b: CareMonthlyDoc) =>
  !!a &&
  a.year === b.year &&
  Object.keys({ ...a.months, ...b.months }).every((m) =>
    MONTHLY_FIELDS.every((f) => (a.months?.[m]?.[f] ?? 0) === (b.months[m]?.[f] ?? 0)),
  );

/** Rewrites the rows that differ from `wanted` (booking tokens dropped) and removes rows nobody wants. */
async function replaceRows(ctx: StageCtx, have: CareMonthlyDoc[], wanted: CareMonthlyDoc[]): Promise<void> {
  const current = new Map(have.map((r) => [r._id, r]));
  const ids = new Set(wanted.map((r) => r._id));
  await Promise.all([
    ...wanted
      .filter((r) => !same(current.get(r._id), r))
      .map(({ _id, ...row }) =>
        ctx.db
          .collection('careMonthly')
          .doc(_id)
          .set({ data: { ...row, bookedIds: [] } }),
      ),
    ...have.filter((r) => !ids.has(r._id)).map((r) => ctx.db.collection('careMonthly').doc(r._id).remove()),
  ]);
}

/**
 * Rebuild stage: the monthly care rows (careMonthly) recomputed from a raw scan of the booked visits and
 * payments, a few communities a page (their own rows and their grids'), then the streets' rows summed from
 * their communities'. Rows of another shape (one month a row, before rows held a year) are replaced. A
 * booking that lands while its community is recomputed can be lost until the next run, as with the rollups.
 */
export const rebuildCareMonthly: RebuildStage = {
  unit: 'community',
  async page(ctx, cursor) {
    if (cursor === STREETS) {
      const communities = await everyDoc<CareMonthlyDoc>(ctx, 'careMonthly', { level: 'community' });
      const byStreet = new Map<string, CareMonthlyDoc>();
      for (const c of communities) {
        const id = `street:${c.orgPath[1]}:${c.year}`;
        const row = byStreet.get(id) ?? {
          _id: id,
          level: 'street',
          orgId: c.orgPath[1],
          orgPath: c.orgPath.slice(0, 2),
          year: c.year,
          months: {},
        };
        for (const [m, figures] of Object.entries(c.months ?? {})) {
          const at = (row.months[m] ??= {
            visits: 0,
            visitValueFen: 0,
            subsidies: 0,
            subsidyFen: 0,
            reliefCases: 0,
            reliefFen: 0,
          });
          for (const f of MONTHLY_FIELDS) at[f] += figures[f] ?? 0;
        }
        byStreet.set(id, row);
      }
      await replaceRows(ctx, await everyDoc<CareMonthlyDoc>(ctx, 'careMonthly', { level: 'street' }), [
        ...byStreet.values(),
      ]);
      return { next: null, units: 0 };
    }
    const page = await orgPage(ctx, 'community', cursor, PAGE, STREETS);
    for (const community of page.ids) {
      const under = { 'orgPath.2': community };
      const [visits, payments, have] = await Promise.all([
        everyDoc<VisitDoc>(
          ctx,
          'visits',
          { ...under, monthlyBooked: ctx._.neq(false) },
          { orgPath: true, month: true, valueFen: true },
        ),
        everyDoc<AssistanceDoc>(
          ctx,
          'assistance',
          { ...under, status: 'disbursed', monthlyBooked: ctx._.neq(false) },
          {
            orgPath: true,
            kind: true,
            disbursedMonth: true,
            disbursedFen: true,
          },
        ),
        everyDoc<CareMonthlyDoc>(ctx, 'careMonthly', { 'orgPath.2': community }),
      ]);
      const bookings = [
        ...visits.map(visitBooking),
        ...payments
          .filter((a) => a.disbursedMonth)
          .map((a) => paymentBooking({ ...a, disbursedMonth: a.disbursedMonth!, disbursedFen: a.disbursedFen ?? 0 })),
      ];
      const wanted = foldMonthly(bookings).filter((r) => r.level !== 'street');
      await replaceRows(
        ctx,
        have.filter((r) => r.level !== 'street'),
        wanted,
      );
    }
    return { next: page.next, units: page.ids.length };
  },
};
