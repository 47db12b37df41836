import { randomBytes } from 'node:crypto';
import { storeView, type DocView } from '../doc-view';
import { parseWire } from '../ejson';
import { dbErrors } from '../errors';
import type { SortSpec } from '../planner';
import type { Store } from '../store';
import type { Transactions } from '../transactions';
import type { DbRequestMeta, Doc, DocId } from '../types';

/** Everything an action needs for one SDK request. */
export interface ActionContext {
  action: string;
  body: Record<string, unknown>;
  store: Store;
  transactions: Transactions;
  now: () => Date;
  meta: DbRequestMeta;
  /** Faults a test asked for (see LocalDatabase.failNextArrayAdd). */
  faults?: ArrayAddFaults;
}

/**
 * One-shot failures of add() of an array, for tests of code that must be correct whether CloudBase keeps
 * the documents inserted before a failure or not (undocumented): the next such add into a collection
 * inserts its first `keep` documents, then fails.
 */
export class ArrayAddFaults {
  private readonly pending = new Map<string, number>();
  arm(collection: string, keep: number): void {
    this.pending.set(collection, keep);
  }
  take(collection: string): number | undefined {
    const keep = this.pending.get(collection);
    this.pending.delete(collection);
    return keep;
  }
  clear(): void {
    this.pending.clear();
  }
}

export type Action = (ctx: ActionContext) => unknown;

/** Largest skip/limit SQLite accepts as "no limit" in our queries. */
export const NO_LIMIT = Number.MAX_SAFE_INTEGER;

export function wire(ctx: ActionContext, field: string): unknown {
  return parseWire(ctx.body[field], ctx.now);
}

export function filterOf(ctx: ActionContext): Doc | undefined {
  const query = wire(ctx, 'query');
  if (query === undefined || query === null) return undefined;
  if (typeof query !== 'object' || Array.isArray(query)) throw dbErrors.invalidParam('query must be an object');
  return query as Doc;
}

export function collectionOf(ctx: ActionContext): string {
  return ctx.store.requireCollection(ctx.body.collectionName);
}

export const inTransaction = (ctx: ActionContext): boolean => ctx.body.transactionId !== undefined;

/** doc(id) operations: queryType DOC with {_id}; inside a transaction nothing else is allowed. */
export function docIdOf(ctx: ActionContext): DocId | undefined {
  const isDoc = ctx.body.queryType === 'DOC';
  if (!isDoc && inTransaction(ctx)) {
    throw dbErrors.invalidOperator(
      '[InvalidOperator] only doc(id) get/set/update/remove and add are supported inside a transaction; where() queries are not',
    );
  }
  if (!isDoc) return undefined;
  const id = filterOf(ctx)?._id;
  if (typeof id !== 'string' && typeof id !== 'number')
    throw dbErrors.invalidParam('doc(id) requires a string or number _id');
  return id;
}

export function viewOf(ctx: ActionContext): DocView {
  if (inTransaction(ctx)) return ctx.transactions.view(ctx.body.transactionId);
  return storeView(ctx.store, (n, collection) => ctx.meta.meter.write(n, collection));
}

export function sortOf(ctx: ActionContext): SortSpec {
  const order = wire(ctx, 'order');
  if (!order || typeof order !== 'object') return [];
  return Object.entries(order as Doc).map(([path, dir]) => [path, Number(dir) === -1 ? -1 : 1]);
}

/** A new _id like WeChat Cloud's: 32 lowercase hex characters. */
export function newDocId(): string {
  return randomBytes(16).toString('hex');
}

export function reply(ctx: ActionContext, fields: Record<string, unknown>): Record<string, unknown> {
  return { requestId: ctx.meta.requestId ?? '', ...fields };
}
