import type { Database } from './sdk';
import type { Reader } from './store';

/** Largest batch: one read of the ids already there (a server-side get answers at most 1,000). */
export const ADD_MISSING_MAX = 1000;

/**
 * Adds the documents of `docs` (deterministic `_id`s) that are not in `collection` yet, as one array.
 * CloudBase does not document whether a failed add() of an array keeps the documents it inserted before
 * the failure; with deterministic ids a re-run after either outcome adds exactly what is missing, never a
 * duplicate. Answers how many it added.
 */
export async function addMissing<T extends { _id: string }>(
  db: Database,
  read: Reader,
  collection: string,
  docs: T[],
): Promise<number> {
  if (!docs.length) return 0;
  if (docs.length > ADD_MISSING_MAX) throw new Error(`addMissing: at most ${ADD_MISSING_MAX} documents a call`);
  const ids = docs.map((d) => d._id);
  const there = await read.many<{ _id: string }>(
    collection,
    { _id: db.command.in(ids) },
    { limit: ids.length, fields: { _id: true } },
  );
  const have = new Set(there.map((d) => d._id));
  const missing = docs.filter((d) => !have.has(d._id));
  if (missing.length) await db.collection(collection).add({ data: missing });
  return missing.length;
}
