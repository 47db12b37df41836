import { dbErrors } from '../errors';
import { reply, type ActionContext } from './context';

/** database.addCollection: db.createCollection(name); an existing name is an error, as on the cloud. */
export function addCollection(ctx: ActionContext): unknown {
  const name = ctx.body.collectionName;
  if (typeof name !== 'string') throw dbErrors.invalidParam('collectionName is required');
  ctx.store.createCollection(name);
  return reply(ctx, {});
}

/** database.startTransaction: answers the id every later call of the transaction carries. */
export function startTransaction(ctx: ActionContext): unknown {
  return reply(ctx, { transactionId: ctx.transactions.start() });
}

/** database.commitTransaction: all buffered writes or none; DATABASE_TRANSACTION_CONFLICT if overtaken. */
export function commitTransaction(ctx: ActionContext): unknown {
  const written = ctx.transactions.commit(ctx.body.transactionId);
  for (const [collection, n] of written) ctx.meta.meter.write(n, collection);
  return reply(ctx, {});
}

/** database.abortTransaction: rollback(); drops the buffered writes. */
export function abortTransaction(ctx: ActionContext): unknown {
  ctx.transactions.abort(ctx.body.transactionId);
  return reply(ctx, {});
}
