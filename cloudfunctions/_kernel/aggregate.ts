import type { Database } from './sdk';

/**
 * An aggregation pipeline through the SDK (`collection.aggregate()...end()`); stages are plain objects
 * `{ $match: ... }`. Always ends with a $limit so the cloud does not cut the answer at 20.
 */
export async function aggregate<T>(
  db: Database,
  collection: string,
  stages: Record<string, unknown>[],
  limit = 10_000,
): Promise<T[]> {
  // The SDK's aggregate builder is untyped in places; each stage method takes the stage's value.
  let agg = db.collection(collection).aggregate() as unknown as Record<string, (v: unknown) => unknown> & {
    end(): Promise<{ list: T[] }>;
  };
  for (const stage of [...stages, { $limit: limit }]) {
    const [key, value] = Object.entries(stage)[0];
    agg = (agg[key.slice(1)] as (v: unknown) => typeof agg).call(agg, value);
  }
  const res = await agg.end();
  return res.list;
}
