import type { ActivityView } from '../../../types/activities/manage';
import {
  ACTIVITY_KIND_LABELS,
  PUBLICITY_VENUE_LABELS,
  type ActivityDoc,
  type SignupDoc,
} from '../../../types/activities/model';
import type { ActionContext } from '../../_kernel/action';
import { checkinWindowOpen } from './rotating-code';
import { waitingPosition } from './seats';
import { seatForNewcomer } from './claims';

/** An activity as the caller sees it, with their own sign-up (`mine`, read by the caller: null if none). */
export async function activityView(
  ctx: ActionContext,
  activity: ActivityDoc,
  organising: boolean,
  mine: SignupDoc | null,
): Promise<ActivityView> {
  const live = mine && (mine.status === 'signed' || mine.status === 'waitlisted') ? mine : null;
  return {
    id: activity._id,
    kind: activity.kind,
    kindLabel: ACTIVITY_KIND_LABELS[activity.kind],
    title: activity.title,
    description: activity.description,
    organiserName: activity.organiserName,
    organiserOrgId: activity.organiserOrgId,
    place: activity.place,
    startAt: activity.startAt.toISOString(),
    endAt: activity.endAt.toISOString(),
    signupDeadline: activity.signupDeadline.toISOString(),
    capacity: activity.capacity,
    // A seat free while people wait is on its way to the first of them (a cancel's hand-over, lib/fill.ts; up to
    // a minute when that call died): shown as taken, so nobody is offered a seat that is not theirs to take.
    signedUp: activity.capacity - (seatForNewcomer(activity) ? activity.remaining : 0),
    waitlistCap: activity.waitlistCap,
    waitlisted: activity.waitlistCap - activity.waitRemaining,
    mine: live
      ? {
          status: live.status as 'signed' | 'waitlisted',
          position: live.status === 'waitlisted' ? await waitingPosition(ctx, live) : null,
          checkedIn: Boolean(live.checkedInAt),
        }
      : null,
    organising,
    signupOpen: activity.status === 'open' && ctx.now < activity.signupDeadline,
    checkinOpen: checkinWindowOpen(activity, ctx.now),
    started: ctx.now >= activity.startAt,
    venueLabel: activity.venue ? PUBLICITY_VENUE_LABELS[activity.venue] : null,
    summary: activity.summary
      ? {
          text: activity.summary.text,
          peopleReached: activity.summary.peopleReached,
          photoCount: activity.summary.photoFileIds.length,
          photoUrls: [],
          photoFileIds: [],
          byName: activity.summary.byName,
          at: activity.summary.at.toISOString(),
        }
      : null,
  };
}
