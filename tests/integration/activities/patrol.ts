import { NOW } from '../care/care-stack';
import type { Stack } from '../../support/stack';

/** Shared by the activities tests: a 南屏镇 patrol two days after the stack's NOW. */
const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);

/** A 南屏镇 night patrol organised by the street for its own people; `over` replaces any field. */
export const patrolActivity = <O extends Record<string, unknown>>(over: O) => ({
  kind: 'volunteer' as const,
  title: '党员义工巡查队 夜间巡查',
  description: '无物业小区夜间巡查',
  organiserOrgId: 's-10',
  audienceOrgId: 's-10',
  place: '南屏镇永济社区党群服务中心门口',
  startAt: START.toISOString(),
  endAt: new Date(START.getTime() + 3 * HOUR).toISOString(),
  signupDeadline: new Date(START.getTime() - 12 * HOUR).toISOString(),
  capacity: 3,
  waitlistCap: 2,
  ...over,
});

/** The patrol with `capacity` seats and `waitlistCap` waiting places. */
export const patrolInput = (capacity: number, waitlistCap: number) => patrolActivity({ capacity, waitlistCap });

/** Holds the activities function's next `kind` call on `collection`, after `skip` such calls (`pauseBefore`). */
export const pauseActivities = (stack: Stack, collection: string, kind: 'read' | 'write', skip = 0) =>
  stack.cloud.pauseBefore({ collection, kind, functionName: 'activities', skip });
