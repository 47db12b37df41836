import { ACTIVITY_KIND_LABELS, type ActivityDoc } from '../../../types/activities/model';
import type { ActivityCardItem } from '../../../types/groups/views';
import type { ActionContext } from '../../_kernel/action';

/** Activity cards are few (like notices): one indexed query on the audience path per page. */
const CARDS_MAX = 50;

export function activityCard(a: ActivityDoc): ActivityCardItem {
  return {
    type: 'activity',
    key: a.cardKey ?? '',
    rev: a.rev ?? a.cardKey ?? '',
    activityId: a._id,
    kindLabel: ACTIVITY_KIND_LABELS[a.kind],
    title: a.title,
    place: a.place,
    startAt: a.startAt.toISOString(),
    capacity: a.capacity,
    organiserName: a.organiserName,
    createdAt: a.createdAt.toISOString(),
    cancelled: a.status === 'cancelled',
  };
}

/** Cards of activities for an audience on `path` whose card key lies in (lower, before). */
export async function activityCardsBetween(
  ctx: ActionContext,
  path: string[],
  lower: string,
  before: string,
): Promise<ActivityCardItem[]> {
  const { _ } = ctx;
  const docs = await ctx.read.many<ActivityDoc>(
    'activities',
    { audienceOrgId: _.in(path), cardKey: _.and(_.gt(lower), _.lt(before)) },
    { orderBy: [['cardKey', 'desc']], limit: CARDS_MAX },
  );
  return docs.map(activityCard);
}

/** Cards of activities for an audience on `path` changed after `from` (a rev). */
export async function activityCardsChanged(
  ctx: ActionContext,
  path: string[],
  from: string,
): Promise<ActivityCardItem[]> {
  const docs = await ctx.read.many<ActivityDoc>(
    'activities',
    { audienceOrgId: ctx._.in(path), rev: ctx._.gt(from) },
    { orderBy: [['rev', 'asc']], limit: CARDS_MAX },
  );
  return docs.map(activityCard);
}
