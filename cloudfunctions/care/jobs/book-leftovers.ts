import type { VisitDoc } from '../../../types/care/model';
import type { AssistanceDoc } from '../../../types/assist/model';
import type { ActionContext } from '../../_kernel/action';
import {
  bookMonthly,
  paymentBooking,
  visitBooking,
  type Booking,
  type MonthlySource,
} from '../../_domain/care/monthly';

/**
 * How old an unbooked visit or payment must be before this job books it: far longer than the timeout of
 * any function that writes one (care 20 s, assist 5 s; WeChat ends an invocation at its timeout), so the
 * request that wrote it is over and cannot be booking it at the same time (the two together could count it
 * twice: the request drops its token from a row, then this job adds it again).
 */
export const LEFTOVER_AGE_MS = 5 * 60_000;
const PAGE = 50;
/** Bookings run in parallel (each touches three rows with single-document updates). */
const PARALLEL = 5;
const DEADLINE_MARGIN_MS = 2_000;

type Kind = {
  source: MonthlySource['collection'];
  /** When the document became countable: older than the cut-off means its writer is gone. */
  since: 'createdAt' | 'disbursedAt';
  fields: Record<string, true>;
  booking(doc: Record<string, unknown>): Booking;
};

const KINDS: Kind[] = [
  {
    source: 'visits',
    since: 'createdAt',
    fields: { _id: true, orgPath: true, month: true, valueFen: true },
    booking: (d) => visitBooking(d as unknown as VisitDoc),
  },
  {
    source: 'assistance',
    since: 'disbursedAt',
    fields: { _id: true, orgPath: true, kind: true, disbursedMonth: true, disbursedFen: true },
    booking: (d) => paymentBooking(d as unknown as AssistanceDoc & { disbursedMonth: string; disbursedFen: number }),
  },
];

/**
 * The timer trigger `bookLeftovers` (care/config.json, every 10 minutes): books into `careMonthly` the
 * visits and payments left `monthlyBooked: false` by a request cut off between its write and its booking
 * (a crash, a timeout). `bookMonthly` is idempotent per document (its token), so a run cut off itself, or
 * run twice, never counts anything twice; each run stops starting bookings well before its deadline and
 * the next run carries on. A document whose booking fails is skipped for the rest of the run.
 */
export async function bookLeftovers(ctx: ActionContext): Promise<{ booked: number; failed: number; more: boolean }> {
  const { _ } = ctx;
  const cutoff = new Date(ctx.now.getTime() - LEFTOVER_AGE_MS);
  let booked = 0;
  let slowest = 0;
  let failed = 0;
  const outOfTime = () => Date.now() > ctx.deadline - Math.max(DEADLINE_MARGIN_MS, 2 * slowest);
  for (const kind of KINDS) {
    const skipped: string[] = [];
    for (;;) {
      if (outOfTime()) return { booked, failed, more: true };
      const where: Record<string, unknown> = { monthlyBooked: false, [kind.since]: _.lt(cutoff) };
      if (skipped.length) where._id = _.nin(skipped);
      const page = await ctx.read.many<Record<string, unknown> & { _id: string }>(kind.source, where, {
        orderBy: [[kind.since, 'asc']],
        limit: PAGE,
        fields: kind.fields,
      });
      for (let i = 0; i < page.length; i += PARALLEL) {
        if (outOfTime()) return { booked, failed, more: true };
        const started = Date.now();
        const results = await Promise.allSettled(
          page
            .slice(i, i + PARALLEL)
            .map((doc) => bookMonthly(ctx, { collection: kind.source, id: doc._id }, kind.booking(doc))),
        );
        slowest = Math.max(slowest, Date.now() - started);
        results.forEach((r, k) => {
          if (r.status === 'fulfilled') booked += 1;
          else {
            const id = page[i + k]._id;
            skipped.push(id);
            failed += 1;
            console.error(`bookLeftovers: ${kind.source}/${id} not booked`, r.reason);
          }
        });
      }
      if (page.length < PAGE) break;
    }
  }
  return { booked, failed, more: false };
}
