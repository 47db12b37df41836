import { EJSON } from 'bson';
import { decodeDoc, encodeDoc } from '../ejson';
import { dbErrors } from '../errors';
import { applyUpdate, buildReplacement } from '../updates';
import type { Doc, DocId } from '../types';
import { reply, wire, type ActionContext } from './context';

/**
 * The older transaction API of @cloudbase/database (dist/commonjs/transaction.js: transaction.get/set/
 * update/delete(documentRef)). The current Db no longer exposes it, but its wire actions are served:
 * answers carry EJSON strings (`data`, `updated`, `deleted`) that the SDK EJSON.parse()s.
 */
function target(ctx: ActionContext): { collection: string; id: DocId } {
  const collection = ctx.store.requireCollection(ctx.body.collectionName);
  const id = ctx.body._id;
  if (typeof id !== 'string' && typeof id !== 'number') throw dbErrors.invalidParam('_id is required');
  return { collection, id };
}

export function getInTransaction(ctx: ActionContext): unknown {
  const { collection, id } = target(ctx);
  const text = ctx.transactions.view(ctx.body.transactionId).readText(collection, id);
  ctx.meta.meter.read(text === undefined ? 0 : 1);
  return reply(ctx, { data: text ?? 'null' });
}

export function updateDocInTransaction(ctx: ActionContext): unknown {
  const { collection, id } = target(ctx);
  const view = ctx.transactions.view(ctx.body.transactionId);
  const data = wire(ctx, 'data') as Doc;
  const text = view.readText(collection, id);
  const isUpdate = Object.keys(data ?? {}).some((k) => k.startsWith('$'));
  if (text === undefined && !(ctx.body.upsert === true)) return reply(ctx, { updated: '0', upserted: null });
  let next: Doc;
  if (isUpdate) {
    next = text === undefined ? { _id: id } : decodeDoc(text);
    applyUpdate(next, data);
  } else next = buildReplacement(id, data);
  if (text === undefined) view.insert(collection, next);
  else if (encodeDoc(next) !== text) view.replace(collection, next);
  const upserted = text === undefined ? JSON.stringify([{ _id: id }]) : null;
  return reply(ctx, { updated: EJSON.stringify(text === undefined ? 0 : 1), upserted });
}

export function deleteDocInTransaction(ctx: ActionContext): unknown {
  const { collection, id } = target(ctx);
  const removed = ctx.transactions.view(ctx.body.transactionId).remove(collection, id);
  return reply(ctx, { deleted: EJSON.stringify(removed ? 1 : 0) });
}
