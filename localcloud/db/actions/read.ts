import { decodeDoc, encodeDoc } from '../ejson';
import { dbErrors } from '../errors';
import { countDocs, findDocs } from '../finder';
import { projectDocs } from '../mingo-context';
import type { Doc } from '../types';
import { collectionOf, docIdOf, filterOf, reply, sortOf, viewOf, wire, type ActionContext } from './context';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function project(texts: string[], projection: unknown): string[] {
  if (projection === undefined || projection === null) return texts;
  if (typeof projection !== 'object') throw dbErrors.invalidParam('projection must be an object');
  return projectDocs(texts.map(decodeDoc), projection as Doc).map(encodeDoc);
}

/** database.getDocument: doc(id).get() (queryType DOC) and where()...get() (WHERE, limit/offset/order). */
export function getDocument(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const id = docIdOf(ctx);
  let texts: string[];
  let limit = DEFAULT_LIMIT;
  let offset = 0;
  if (id !== undefined) {
    const text = viewOf(ctx).readText(collection, id);
    texts = text === undefined ? [] : [text];
  } else {
    const asked = Number(ctx.body.limit);
    limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_LIMIT) : DEFAULT_LIMIT;
    const skip = Number(ctx.body.offset);
    offset = Number.isInteger(skip) && skip > 0 ? skip : 0;
    const sort = sortOf(ctx);
    // WeChat Cloud guarantees no order without orderBy, so pages taken with skip may overlap or miss
    // documents there. Refused here (a stricter rule than WeChat's, see README) so such code fails in tests.
    if (offset > 0 && sort.length === 0)
      throw dbErrors.invalidParam(
        'skip() without orderBy(): results have no guaranteed order, so pages are unreliable',
      );
    texts = findDocs(ctx.store, collection, filterOf(ctx), { sort, skip: offset, limit }).map((f) => f.text);
  }
  const list = project(texts, wire(ctx, 'projection'));
  ctx.meta.meter.read(list.length);
  return reply(ctx, { data: { list, limit, offset } });
}

/** database.calculateDocument: count(). */
export function calculateDocument(ctx: ActionContext): unknown {
  const collection = collectionOf(ctx);
  const total = countDocs(ctx.store, collection, filterOf(ctx));
  ctx.meta.meter.read(1);
  return reply(ctx, { data: { total } });
}
