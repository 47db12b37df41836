import { AppError } from '../../types/common/errors';
import type { Database } from './sdk';

/** The part of the SDK's (untyped) transaction object that WeChat Cloud allows: documents by id. */
export interface Tx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<unknown>;
      set(options: { data: object }): Promise<unknown>;
      update(options: { data: object }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
  };
}

/** A document read inside a transaction, or null when it does not exist. */
export async function txGet<T>(tx: Tx, collection: string, id: string): Promise<T | null> {
  try {
    const res = (await tx.collection(collection).doc(id).get()) as { data: T | null };
    return res.data ?? null;
  } catch (err) {
    if (/not exist|NOT_EXIST|不存在/i.test(String((err as Error)?.message ?? err))) return null;
    throw err;
  }
}

/**
 * Runs `work` in a database transaction (documents by id only, as WeChat Cloud allows). AppErrors thrown
 * inside roll it back and pass through unchanged; a lost race surfaces as CONFLICT.
 */
export async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  let appError: AppError | null = null;
  try {
    return (await db.runTransaction(async (tx: Tx) => {
      try {
        return await work(tx);
      } catch (err) {
        if (err instanceof AppError) appError = err;
        throw err;
      }
    })) as T;
  } catch (err) {
    if (appError) throw appError;
    if (err instanceof AppError) throw err;
    if (/TRANSACTION_CONFLICT|conflict/i.test(String((err as Error)?.message ?? err))) throw new AppError('CONFLICT');
    throw err;
  }
}
