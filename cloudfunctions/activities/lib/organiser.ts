import type { ActivityDoc } from '../../../types/activities/model';
import type { Placed } from '../../../types/auth/policies';

/**
 * Where an activity lies for `activity:organise`: its organiser node, owned by its team's leader when it is a
 * team's activity (the leader organises it too: check-in, hours, summary).
 */
export function organiserPlace(activity: Pick<ActivityDoc, 'organiserPath' | 'teamLeaderVeteranId'>): Placed {
  return {
    orgPath: activity.organiserPath,
    ownerIds: activity.teamLeaderVeteranId ? [activity.teamLeaderVeteranId] : [],
  };
}
