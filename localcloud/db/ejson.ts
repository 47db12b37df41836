import { EJSON, ObjectId } from 'bson';
import { dbErrors } from './errors';
import type { Doc } from './types';

/**
 * Two JSON dialects meet here:
 * - the wire: canonical EJSON from the SDK ({"$numberInt":"1"}, {"$date":{"$numberLong":"0"}}, regexps whose
 *   options may carry JS-only flags such as "g", and {"$tcb_server_date":{"offset":N}} for db.serverDate());
 * - the store: relaxed EJSON that SQLite can index: numbers plain, dates {"$date":"<24-char ISO>"} (so the
 *   text of a date sorts like the date), regexps and non-finite numbers in their EJSON form.
 * Stored text is also a valid answer for the SDK, which EJSON.parse()s every returned document.
 */

const BSON_KEYS = new Set(['$binary', '$timestamp', '$minKey', '$maxKey', '$undefined', '$symbol', '$code']);
const REGEXP_FLAGS = /[imsu]/g;

function toRegExp(spec: { pattern?: unknown; options?: unknown }): RegExp {
  const flags =
    String(spec.options ?? '')
      .match(REGEXP_FLAGS)
      ?.join('') ?? '';
  return new RegExp(String(spec.pattern ?? ''), [...new Set(flags)].join(''));
}

/** The JS value of one EJSON wrapper `{key: inner}` (inner already revived), or `obj` itself if it is none. */
function unwrap(obj: Record<string, unknown>, key: string, now: () => Date): unknown {
  const inner = obj[key];
  switch (key) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
    case '$numberDecimal':
      return Number(inner);
    case '$date':
      return new Date(typeof inner === 'string' || typeof inner === 'number' ? inner : NaN);
    case '$regularExpression':
      return toRegExp(inner as { pattern?: unknown; options?: unknown });
    case '$oid':
      return new ObjectId(String(inner));
    case '$tcb_server_date': {
      const offset = Number((inner as { offset?: unknown } | null)?.offset ?? 0);
      return new Date(now().getTime() + offset);
    }
    default:
      return BSON_KEYS.has(key) ? EJSON.deserialize(obj, { relaxed: true }) : obj;
  }
}

/**
 * Revives a freshly parsed value in place, innermost first (as a JSON.parse reviver would, so
 * `{"$date":{"$numberLong":"0"}}` is a Date), but visiting only objects and arrays: a reviver is called for
 * every string and number of every stored document the engine reads, which made it the local cloud's largest
 * cost of reading (issue 15 profile).
 */
function revive(value: unknown, now: () => Date): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === 'object') value[i] = revive(item, now);
    }
    return value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (const key of keys) {
    const item = obj[key];
    if (item === null || typeof item !== 'object') continue;
    const revived = revive(item, now);
    // JSON.parse makes "__proto__" an own property, so this sets that field, never the prototype (tested).
    if (revived !== item) obj[key] = revived;
  }
  return keys.length === 1 && keys[0][0] === '$' ? unwrap(obj, keys[0], now) : obj;
}

/** Parses one EJSON text from the SDK into JS values (Date, RegExp, ObjectId); serverDate resolves against `now`. */
export function parseWire(text: unknown, now: () => Date): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text !== 'string') return text;
  try {
    return revive(JSON.parse(text), now);
  } catch (err) {
    throw dbErrors.invalidParam(`invalid EJSON: ${(err as Error).message}`);
  }
}

function storeReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) {
    const time = raw.getTime();
    if (Number.isNaN(time)) return null;
    const year = raw.getUTCFullYear();
    return year >= 0 && year <= 9999 ? { $date: raw.toISOString() } : { $date: { $numberLong: String(time) } };
  }
  if (raw instanceof RegExp) {
    const options = (raw.flags.match(REGEXP_FLAGS) ?? []).sort().join('');
    return { $regularExpression: { pattern: raw.source, options } };
  }
  if (raw instanceof ObjectId) return { $oid: raw.toHexString() };
  if (typeof raw === 'number' && !Number.isFinite(raw)) return { $numberDouble: String(raw) };
  if (raw === undefined) return undefined;
  return value;
}

/** JS document -> stored text (relaxed EJSON with sortable dates). */
export function encodeDoc(doc: unknown): string {
  return JSON.stringify(doc, storeReplacer);
}

/** Stored text -> JS document. */
export function decodeDoc(text: string): Doc {
  return parseWire(text, () => new Date()) as Doc;
}

/** The stored text a scalar query value compares against in SQL (dates are compared as their stored text). */
export function sqlValue(value: unknown): string | number | null {
  if (value instanceof Date) return encodeDoc(value);
  if (typeof value === 'string' || typeof value === 'number') return value;
  // json_extract reads JSON true/false as 1/0; a path that held only booleans compares exactly.
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}
