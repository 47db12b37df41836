/**
 * How an indexed dot path is read, in SQL and in JS, the same way in both.
 * SQL reads `json_extract(doc, '$."a"[3]')`: a numeric segment indexes an array, a name reads an object key.
 * MongoDB reads more (a name over an array fans out to every element; a numeric segment may name an object
 * key). So for every indexed path we keep a mask of the value kinds seen there; SQL answers a condition on
 * that path exactly only while the path has held nothing but one scalar kind (and null/missing).
 */
export const KIND = { NULL: 1, STRING: 2, NUMBER: 4, DATE: 8, BOOL: 16, OTHER: 32 } as const;

const NUMERIC = /^\d+$/;
const SAFE_PATH = /^[^"\\'$.][^"\\']*$/;

export function splitPath(path: string): string[] {
  return path.split('.');
}

/** The SQL expression for a dot path over the `doc` column (`id` for _id). Identical text in DDL and queries. */
export function sqlPathExpr(path: string): string {
  if (path === '_id') return 'id';
  const jsonPath = splitPath(path)
    .map((seg) => {
      if (NUMERIC.test(seg)) return `[${seg}]`;
      if (!SAFE_PATH.test(seg)) throw new Error(`unsupported field name in index path: ${path}`);
      return `."${seg}"`;
    })
    .join('');
  return `json_extract(doc, '$${jsonPath}')`;
}

function kindOfValue(value: unknown): number {
  if (value === undefined || value === null) return KIND.NULL;
  if (typeof value === 'string') return KIND.STRING;
  if (typeof value === 'number') return Number.isFinite(value) ? KIND.NUMBER : KIND.OTHER;
  if (typeof value === 'boolean') return KIND.BOOL;
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return year >= 0 && year <= 9999 ? KIND.DATE : KIND.OTHER;
  }
  return KIND.OTHER;
}

/** The kind SQL sees at `path` in `doc`, or OTHER where SQL and MongoDB would disagree. */
export function kindAt(doc: unknown, path: string): number {
  if (path === '_id') return kindOfValue((doc as Record<string, unknown>)._id);
  let cur: unknown = doc;
  for (const seg of splitPath(path)) {
    if (cur === undefined || cur === null || typeof cur !== 'object' || cur instanceof Date) return KIND.NULL;
    if (Array.isArray(cur)) {
      if (!NUMERIC.test(seg)) return KIND.OTHER;
      cur = cur[Number(seg)];
    } else {
      if (NUMERIC.test(seg) && seg in (cur as object)) return KIND.OTHER;
      if (NUMERIC.test(seg)) return KIND.NULL;
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return kindOfValue(cur);
}

/** The kind of a query value, for deciding whether SQL can answer a comparison exactly. */
export function kindOfQueryValue(value: unknown): number {
  return kindOfValue(value);
}

/** True when the path has only ever held `kind` values (plus null/missing). */
export function isExactFor(mask: number | undefined, kind: number): boolean {
  if (mask === undefined) return false;
  if (kind !== KIND.STRING && kind !== KIND.NUMBER && kind !== KIND.DATE && kind !== KIND.BOOL) return false;
  return (mask & ~(kind | KIND.NULL)) === 0;
}

/** True when SQL ordering over the path equals MongoDB ordering (one scalar kind plus null). */
export function isSortable(mask: number | undefined): boolean {
  if (mask === undefined) return false;
  const scalars = mask & ~KIND.NULL;
  return scalars === 0 || scalars === KIND.STRING || scalars === KIND.NUMBER || scalars === KIND.DATE;
}
