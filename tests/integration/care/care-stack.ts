import { startStack, type Stack } from '../../support/stack';
import { seedIfEmpty } from '../../../scripts/seed-local';

export const NOW = new Date('2025-06-15T02:00:00Z');
export const P = {
  veteranA: 'demo-veteran-1',
  veteranB: 'demo-veteran-2',
  gridMemberA: 'demo-grid-member-g-10-01-3',
  gridLeaderA: 'demo-grid-leader-g-10-01-3',
  stationA: 'demo-station-staff-c-10-01',
  streetA: 'demo-street-admin-s-10',
  district: 'demo-district-admin',
};

/** The tiny demo district on an in-memory local cloud with the clock at NOW. */
export async function careStack(): Promise<Stack> {
  const stack = await startStack({ clock: NOW });
  await seedIfEmpty(stack.cloud, 'tiny');
  return stack;
}

/** Raw documents straight from the store (relaxed EJSON: dates as { $date }), not through the functions. */
export function raw<T = Record<string, any>>(stack: Stack, collection: string, filter: object = {}): T[] {
  return stack.cloud.db.browse(collection, JSON.stringify(filter), 0, 1_000_000).docs as T[];
}

export const dateOf = (v: unknown): number =>
  Date.parse(typeof v === 'object' && v && '$date' in v ? String((v as { $date: string }).$date) : String(v));
