import { sqlValue } from './ejson';
import { KIND, isExactFor, isSortable, kindOfQueryValue, sqlPathExpr } from './key-paths';
import type { Doc } from './types';

/**
 * Turns a MongoDB filter into a SQL prefilter over the indexed paths.
 * The SQL part always returns a superset of the true matches (it only constrains paths whose kinds are
 * known, see key-paths.ts). `exact` says it returns exactly the matches, so the caller may count, skip and
 * limit in SQL without loading a document; otherwise every candidate is re-checked with mingo.
 */
export interface QueryPlan {
  where: string;
  params: (string | number | null)[];
  exact: boolean;
  /** ORDER BY text when SQL can produce MongoDB's order, else null (sort in JS). */
  order: string | null;
}

export type MaskOf = (path: string) => number | undefined;
export type SortSpec = [path: string, direction: 1 | -1][];

const RANGE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

class Builder {
  clauses: string[] = [];
  params: (string | number | null)[] = [];
  exact = true;
  constructor(private readonly maskOf: MaskOf) {}

  add(filter: Doc): void {
    for (const [key, value] of Object.entries(filter)) {
      if (key === '$and' && Array.isArray(value)) value.forEach((part) => this.addPart(part));
      else if (key === '$or' && Array.isArray(value) && value.length) this.or(value);
      else if (key.startsWith('$')) this.exact = false;
      else this.field(key, value);
    }
  }

  /**
   * `$or`: each branch planned on its own; their prefilters joined by OR are a superset of the matches (each is
   * one of its branch's), exact when every branch is. A branch SQL cannot narrow leaves the whole `$or` out.
   */
  private or(branches: unknown[]): void {
    const parts: string[] = [];
    const params: (string | number | null)[] = [];
    for (const branch of branches) {
      const sub = new Builder(this.maskOf);
      sub.addPart(branch);
      if (!sub.exact) this.exact = false;
      if (!sub.clauses.length) return; // a branch SQL cannot narrow (or that matches all): no prefilter
      parts.push(`(${sub.clauses.join(' AND ')})`);
      params.push(...sub.params);
    }
    this.clauses.push(`(${parts.join(' OR ')})`);
    this.params.push(...params);
  }

  private addPart(part: unknown): void {
    if (part && typeof part === 'object' && !Array.isArray(part)) this.add(part as Doc);
    else this.exact = false;
  }

  private field(path: string, cond: unknown): void {
    const mask = this.maskOf(path);
    if (mask === undefined || mask & KIND.OTHER) {
      this.exact = false;
      return;
    }
    const expr = sqlPathExpr(path);
    if (cond === null) {
      this.clauses.push(`${expr} IS NULL`);
      return;
    }
    if (isOperatorObject(cond)) {
      for (const [op, operand] of Object.entries(cond)) this.operator(expr, mask, op, operand);
      return;
    }
    this.compare(expr, mask, '=', cond);
  }

  private operator(expr: string, mask: number, op: string, operand: unknown): void {
    if (op === '$eq') this.compare(expr, mask, '=', operand);
    else if (RANGE[op]) this.compare(expr, mask, RANGE[op], operand);
    else if (op === '$in' && Array.isArray(operand) && operand.length && operand.every((v) => sqlValue(v) !== null)) {
      this.clauses.push(`${expr} IN (${operand.map(() => '?').join(', ')})`);
      for (const v of operand) {
        this.params.push(sqlValue(v));
        if (!isExactFor(mask, kindOfQueryValue(v))) this.exact = false;
      }
    } else this.exact = false;
  }

  private compare(expr: string, mask: number, sqlOp: string, value: unknown): void {
    const bound = sqlValue(value);
    if (bound === null) {
      this.exact = false;
      return;
    }
    this.clauses.push(`${expr} ${sqlOp} ?`);
    this.params.push(bound);
    if (!isExactFor(mask, kindOfQueryValue(value))) this.exact = false;
  }
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof RegExp)
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/** The order of results when the query asks for none. */
export const UNORDERED = 'rid DESC';

export function planQuery(filter: Doc | undefined, sort: SortSpec, maskOf: MaskOf): QueryPlan {
  const builder = new Builder(maskOf);
  if (filter) builder.add(filter);
  const sortable = sort.every(([path]) => isSortable(maskOf(path)));
  // Without orderBy WeChat Cloud guarantees no order: answer newest first (reverse insertion), deterministic
  // but not the order documents were added in, so code that assumes insertion order fails here.
  const order = !sort.length
    ? UNORDERED
    : sortable
      ? sort.map(([path, dir]) => `${sqlPathExpr(path)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ')
      : null;
  return {
    where: builder.clauses.length ? builder.clauses.join(' AND ') : '1',
    params: builder.params,
    exact: builder.exact,
    order,
  };
}
