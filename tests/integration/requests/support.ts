import { EJSON } from 'bson';
import { startStack, type Stack } from '../../support/stack';
import { seedIfEmpty } from '../../../scripts/seed-local';
import type { RequestDoc } from '../../../types/requests/model';

/** Monday 2026-11-30, 10:00 in Beijing. */
export const MONDAY_10 = new Date('2026-11-30T02:00:00Z');

export const who = {
  veteranA: 'demo-veteran-1',
  veteranB: 'demo-veteran-2',
  gridLeaderA: 'demo-grid-leader-g-10-01-3',
  gridMemberA: 'demo-grid-member-g-10-01-3',
  stationA: 'demo-station-staff-c-10-01',
  streetA: 'demo-street-admin-s-10',
  district: 'demo-district-admin',
  agency: 'demo-agency-staff',
} as const;

/** A 1x1 PNG: the smallest real image. */
export const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export async function seededStack(clock = MONDAY_10): Promise<Stack> {
  const stack = await startStack({ clock });
  stack.cloud.clock.set(clock);
  await seedIfEmpty(stack.cloud, 'tiny');
  return stack;
}

/** A stored request, straight from the local cloud's store (not through the code under test). */
export function stored(stack: Stack, id: string): RequestDoc {
  const [doc] = stack.cloud.db.browse('requests', JSON.stringify({ _id: id }), 0, 1).docs;
  return EJSON.deserialize(doc as object) as RequestDoc;
}

export function countRequests(stack: Stack, filter: object = {}): number {
  return stack.cloud.db.browse('requests', JSON.stringify(filter), 0, 1).total;
}

let tokens = 0;
export function token(): string {
  tokens += 1;
  return `test-token-${String(tokens).padStart(4, '0')}`;
}
