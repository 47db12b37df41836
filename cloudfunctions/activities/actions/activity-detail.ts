import { activityDetail, type RosterEntry } from '../../../types/activities/manage';
import type { SignupDoc } from '../../../types/activities/model';
import { defineAction } from '../../_kernel/action';
import { tempUrls } from '../../_kernel/uploads';
import { visibleActivity } from '../lib/load';
import { activityView } from '../lib/view';

const ROSTER_MAX = 1000;

export default defineAction(activityDetail, async ({ id }, ctx) => {
  const { activity, organising, mine } = await visibleActivity(ctx, id, { withMine: true });
  const view = await activityView(ctx, activity, organising, mine);
  const photos = activity.summary?.photoFileIds ?? [];
  if (view.summary && photos.length) {
    const urls = await tempUrls(ctx, photos);
    const shown = photos.filter((f) => urls.has(f));
    view.summary.photoUrls = shown.map((f) => urls.get(f) as string);
    if (organising) view.summary.photoFileIds = shown;
  }
  if (!organising) return { activity: view, roster: null };
  const signups = await ctx.read.many<SignupDoc>(
    'activitySignups',
    { activityId: activity._id, status: ctx._.in(['signed', 'waitlisted']) },
    {
      limit: ROSTER_MAX,
      orderBy: [
        ['queuedAt', 'asc'],
        ['_id', 'asc'],
      ],
    },
  );
  let waiting = 0;
  const roster: RosterEntry[] = signups.map((s) => ({
    signupId: s._id,
    veteranId: s.veteranId,
    name: s.name,
    status: s.status as 'signed' | 'waitlisted',
    position: s.status === 'waitlisted' ? ++waiting : null,
    checkedIn: Boolean(s.checkedInAt),
    minutes: s.minutes,
  }));
  return { activity: view, roster };
});
