import type { ActivityView } from '../../../types/activities/manage';

/**
 * What activityDetail answers for a 永济社区 patrol starting in ten minutes (check-in open), for the weapp
 * pages' stand-in functions; `over` replaces any field (who the caller is to it: `mine`, `organising`).
 */
export function activityView(over: Partial<ActivityView> = {}): ActivityView {
  const start = new Date(Date.now() + 10 * 60_000).toISOString();
  return {
    id: 'act-1',
    kind: 'volunteer',
    kindLabel: '志愿服务',
    title: '党员义工巡查队周末巡查',
    description: '',
    organiserName: '永济社区退役军人服务站',
    organiserOrgId: 'c-10-01',
    place: '永济社区党群服务中心门口',
    startAt: start,
    endAt: new Date(Date.parse(start) + 3 * 3_600_000).toISOString(),
    signupDeadline: new Date(Date.parse(start) - 12 * 3_600_000).toISOString(),
    capacity: 10,
    signedUp: 0,
    waitlistCap: 0,
    waitlisted: 0,
    mine: null,
    organising: false,
    signupOpen: false,
    checkinOpen: true,
    started: false,
    venueLabel: null,
    summary: null,
    ...over,
  };
}
