import type { Database } from '../../_kernel/sdk';

/**
 * Open work that belongs to one staff member and must follow them to a successor when they leave or
 * move. Each feature that assigns work to a person adds its collection here.
 */
export const OPEN_WORK: { collection: string; field: string; open: (db: Database) => Record<string, unknown> }[] = [
  { collection: 'invitations', field: 'issuedBy', open: () => ({ usedBy: null }) },
  /** Requests assigned to them that are not closed or returned. */
  { collection: 'requests', field: 'assigneeId', open: () => ({ active: 1 }) },
];

/** Hands every open item of `staffId` to `successorId`; answers how many items moved. */
export async function handOver(db: Database, staffId: string, successorId: string): Promise<number> {
  let moved = 0;
  for (const work of OPEN_WORK) {
    const res = (await db
      .collection(work.collection)
      .where({ [work.field]: staffId, ...work.open(db) })
      .update({ data: { [work.field]: successorId } })) as { stats: { updated: number } };
    moved += res.stats.updated;
  }
  return moved;
}
