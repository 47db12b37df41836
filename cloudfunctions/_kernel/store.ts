import type { Database } from './sdk';

type Query = ReturnType<ReturnType<Database['collection']>['where']>;
type Where = Parameters<ReturnType<Database['collection']>['where']>[0];

/** Whether an add() failed because a document with that _id exists (CloudBase: DATABASE_DUPLICATE_WRITE). */
export const isDuplicateKey = (err: unknown): boolean =>
  /exist|duplicate/i.test(String((err as Error)?.message ?? err));

/** The SDK's typings return a union for callback styles; every read here is the promise style. */
async function rows<T>(q: Promise<unknown> | unknown): Promise<T[]> {
  const res = (await q) as { data: T[] };
  return res.data;
}

/** Typed reads on top of the SDK: the one way actions read documents. */
export function reader(db: Database) {
  return {
    async byId<T>(collection: string, id: string): Promise<T | null> {
      const found = await rows<T>(db.collection(collection).where({ _id: id }).limit(1).get());
      return found[0] ?? null;
    },
    async one<T>(collection: string, where: Where): Promise<T | null> {
      const found = await rows<T>(db.collection(collection).where(where).limit(1).get());
      return found[0] ?? null;
    },
    async many<T>(
      collection: string,
      where: Where,
      opts: {
        limit?: number;
        skip?: number;
        orderBy?: [string, 'asc' | 'desc'][];
        fields?: Record<string, boolean>;
      } = {},
    ): Promise<T[]> {
      let q: Query = db.collection(collection).where(where);
      if (opts.fields) q = q.field(opts.fields);
      for (const [field, dir] of opts.orderBy ?? []) q = q.orderBy(field, dir);
      if (opts.skip) q = q.skip(opts.skip);
      return rows<T>(q.limit(opts.limit ?? 100).get());
    },
    async count(collection: string, where: Where): Promise<number> {
      const res = (await db.collection(collection).where(where).count()) as { total: number };
      return res.total;
    },
  };
}

export type Reader = ReturnType<typeof reader>;
