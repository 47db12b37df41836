import { decodeDoc, encodeDoc } from '../ejson';
import { dbErrors } from '../errors';
import { findDocs, type Found } from '../finder';
import { applyUpdate, buildReplacement } from '../updates';
import type { Doc, DocId } from '../types';
import type { DocView } from '../doc-view';
import {
  NO_LIMIT,
  collectionOf,
  docIdOf,
  filterOf,
  inTransaction,
  newDocId,
  reply,
  viewOf,
  wire,
  type ActionContext,
} from './context';

/**
 * database.insertDocument: add() of one document or an array (all or nothing, unless a test armed a
 * failure that keeps a prefix: ArrayAddFaults); returns insertedIds.
 */
export function insertDocument(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const raw = Array.isArray(ctx.body.data) ? ctx.body.data : [ctx.body.data];
  const docs = raw.map((item) => {
    const doc = typeof item === 'string' ? wire({ ...ctx, body: { item } }, 'item') : item;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      throw dbErrors.invalidParam('document must be an object');
    const d = doc as Doc;
    return d._id === undefined || d._id === null ? { _id: newDocId(), ...d } : d;
  });
  const view = viewOf(ctx);
  const keep = docs.length > 1 && !inTransaction(ctx) ? ctx.faults?.take(collection) : undefined;
  if (keep !== undefined) {
    view.atomically(() => docs.slice(0, keep).forEach((doc) => view.insert(collection, doc)));
    throw dbErrors.requestFailed(`[InternalError] add() of ${docs.length} documents failed after ${keep} (injected)`);
  }
  view.atomically(() => docs.forEach((doc) => view.insert(collection, doc)));
  return reply(ctx, { data: { insertedIds: docs.map((d) => d._id) } });
}

/** The new version of a document under an update (merge) or a replacement (set); null = unchanged input. */
function nextVersion(id: DocId, current: Doc | undefined, data: unknown, merge: boolean): Doc {
  if (!merge) return buildReplacement(id, data);
  const doc = current ?? { _id: id };
  applyUpdate(doc, data);
  return doc;
}

/**
 * Updates one document. `found`: the document as the query that named it read it in this same write, outside a
 * transaction (its text, and its value if the query decoded it), so that it is not read and decoded again.
 */
function modifyOne(
  view: DocView,
  collection: string,
  id: DocId,
  data: unknown,
  merge: boolean,
  upsert: boolean,
  found?: Found,
) {
  const text = found ? found.text : view.readText(collection, id);
  if (text === undefined && !upsert) return { updated: 0 };
  const next = nextVersion(id, text === undefined ? undefined : (found?.doc ?? decodeDoc(text)), data, merge);
  if (text === undefined) {
    view.insert(collection, next);
    return { updated: 0, upsert_id: id };
  }
  const nextText = encodeDoc(next);
  if (nextText === text) return { updated: 0 };
  view.replace(collection, next, nextText);
  return { updated: 1 };
}

/** The document an upsert by where() creates: the query's plain equality fields, then the update. */
function upsertSeed(filter: Doc | undefined): Doc {
  const seed: Doc = {};
  for (const [k, v] of Object.entries(filter ?? {})) {
    if (!k.startsWith('$') && !k.includes('.') && (v === null || typeof v !== 'object' || v instanceof Date))
      seed[k] = v;
  }
  return { ...seed, _id: seed._id ?? newDocId() };
}

/** database.modifyDocument: doc.update (merge), doc.set (merge false, upsert), where().update (multi). */
export function modifyDocument(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const data = wire(ctx, 'data');
  const merge = ctx.body.merge !== false;
  const upsert = ctx.body.upsert === true;
  const id = docIdOf(ctx);
  const view = viewOf(ctx);
  if (id !== undefined)
    return reply(ctx, { data: view.atomically(() => modifyOne(view, collection, id, data, merge, upsert)) });
  const filter = filterOf(ctx);
  const limit = ctx.body.multi === false ? 1 : NO_LIMIT;
  const result = view.atomically(() => {
    const found = findDocs(ctx.store, collection, filter, { sort: [], skip: 0, limit });
    // Outside a transaction the documents are as the query read them, in this same SQLite transaction.
    const known = !inTransaction(ctx);
    let updated = 0;
    for (const f of found)
      updated += modifyOne(view, collection, f.id, data, merge, false, known ? f : undefined).updated;
    if (found.length || !upsert) return { updated };
    const seed = upsertSeed(filter);
    const doc = nextVersion(seed._id as DocId, seed, data, merge);
    view.insert(collection, doc);
    return { updated: 0, upsert_id: doc._id };
  });
  return reply(ctx, { data: result });
}

/** database.removeDocument: doc(id).remove() or where().remove() (skip/limit/orderBy never apply). */
export function removeDocument(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const id = docIdOf(ctx);
  const view = viewOf(ctx);
  if (id !== undefined)
    return reply(ctx, { data: { deleted: view.atomically(() => (view.remove(collection, id) ? 1 : 0)) } });
  const limit = ctx.body.multi === false ? 1 : NO_LIMIT;
  const deleted = view.atomically(() => {
    const found = findDocs(ctx.store, collection, filterOf(ctx), { sort: [], skip: 0, limit });
    return found.filter((f) => view.remove(collection, f.id)).length;
  });
  return reply(ctx, { data: { deleted } });
}

/** database.modifyAndReturnDoc (Query.updateAndReturn): updates the first match, returns it after the update. */
export function modifyAndReturnDoc(ctx: ActionContext): unknown {
  if (inTransaction(ctx)) docIdOf(ctx);
  const collection = collectionOf(ctx);
  const data = wire(ctx, 'data');
  const view = viewOf(ctx);
  const result = view.atomically(() => {
    const [first] = findDocs(ctx.store, collection, filterOf(ctx), { sort: [], skip: 0, limit: 1 });
    if (!first) return { updated: 0, doc: null };
    const { updated } = modifyOne(view, collection, first.id, data, true, false);
    return { updated, doc: view.readText(collection, first.id) ?? null };
  });
  return reply(ctx, { data: result });
}
