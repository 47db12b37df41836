import type { GeneratedDistrict } from './generate';

/** The part of wx-server-sdk's database object the loader uses (`cloud.database()`). */
export interface SeedTarget {
  collection(name: string): { add(options: { data: object[] }): Promise<unknown> };
}

/** The collections a generated district fills, in the order they are written. */
export const SEEDED_COLLECTIONS = [
  'orgs',
  'staff',
  'invitations',
  'veterans',
  'registrations',
  'accounts',
  'ledgerStats',
  'rollups',
  'corrections',
  'supervisors',
  'recruitmentStages',
  'recruitmentNotices',
  'recruitmentProhibitions',
  'supervisionReports',
  'reportReporters',
  'conductFeedback',
  'feedbackAuthors',
  'requests',
  'request_counters',
  'groups',
  'groupMembers',
  'messages',
  'notices',
  'visits',
  'visitCampaigns',
  'assistance',
  'reliefFunds',
  'careMonthly',
  'activityMonthly',
  'volunteers',
  'activities',
  'activitySignups',
  'volunteerTeams',
  'teamMembers',
  'fundMovements',
  'partyBranches',
  'partySmallGroups',
  'partyMembers',
  'partyPosts',
  'partyMeetings',
] as const;
export type SeededCollection = (typeof SEEDED_COLLECTIONS)[number];

export interface SeedOptions {
  /** Documents per `add` call; default 500. */
  batchSize?: number;
}

/**
 * Writes a generated district through the real SDK (`db.collection(name).add({ data: [...] })` in
 * batches), as any client of the database would: on the local cloud or on WeChat Cloud alike.
 * Returns how many documents went into each collection. Demo people live in `accounts` (`demo`).
 */
export async function seedDatabase(
  db: SeedTarget,
  docs: Omit<GeneratedDistrict, 'demoPeople'>,
  options: SeedOptions = {},
): Promise<Record<SeededCollection, number>> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  const written = {} as Record<SeededCollection, number>;
  for (const name of SEEDED_COLLECTIONS) {
    const all = docs[name] as object[];
    for (let i = 0; i < all.length; i += batchSize) {
      const result = await db.collection(name).add({ data: all.slice(i, i + batchSize) });
      assertWritten(name, result);
    }
    written[name] = all.length;
  }
  return written;
}

/** The SDK returns an error object (with `code`) instead of throwing for some failures. */
function assertWritten(collection: string, result: unknown): void {
  if (result && typeof result === 'object' && 'code' in result && (result as { code?: unknown }).code) {
    const { code, message } = result as { code: unknown; message?: unknown };
    throw new Error(`seeding ${collection} failed: ${String(code)} ${String(message ?? '')}`);
  }
}
