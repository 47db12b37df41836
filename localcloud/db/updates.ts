import { update as mingoUpdate } from 'mingo';
import type { UpdateExpression } from 'mingo/updater';
import { dbErrors } from './errors';
import type { Doc } from './types';

/** The update operators the SDK can send (db.command.set/remove/inc/mul/min/max/rename/push/pop/shift/
 * unshift/addToSet/pull/pullAll serialise to these) plus the remaining MongoDB field operators. */
const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pop',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$currentDate',
  '$bit',
]);

function touchesId(fields: Doc, op: string): boolean {
  return Object.entries(fields).some(
    ([path, value]) => path === '_id' || path.startsWith('_id.') || (op === '$rename' && value === '_id'),
  );
}

/** Applies an update (operators; bare fields mean $set, as merge:true does) to `doc` in place. */
export function applyUpdate(doc: Doc, update: unknown): void {
  if (!update || typeof update !== 'object' || Array.isArray(update))
    throw dbErrors.invalidParam('update data must be an object');
  const ops: [string, Doc][] = [];
  const bare: Doc = {};
  for (const [key, value] of Object.entries(update as Doc)) {
    if (!key.startsWith('$')) bare[key] = value;
    else if (!OPERATORS.has(key)) throw dbErrors.invalidOperator(`[InvalidOperator] unknown update operator: ${key}`);
    else ops.push([key, (value ?? {}) as Doc]);
  }
  if (Object.keys(bare).length) ops.unshift(['$set', bare]);
  for (const [op, fields] of ops) {
    if (touchesId(fields, op)) {
      throw dbErrors.requestFailed(
        `[ImmutableField] Performing an update on the path '_id' would modify the immutable field '_id'`,
      );
    }
    try {
      mingoUpdate(doc, { [op]: fields } as unknown as UpdateExpression);
    } catch (err) {
      throw dbErrors.requestFailed(`[FailedOperation] ${(err as Error).message}`);
    }
  }
}

function hasOperatorKey(value: unknown): boolean {
  if (!value || typeof value !== 'object' || value instanceof Date || value instanceof RegExp) return false;
  if (Array.isArray(value)) return value.some(hasOperatorKey);
  return Object.entries(value).some(([k, v]) => k.startsWith('$') || hasOperatorKey(v));
}

/** doc.set() replaces the document; like the cloud, it refuses update operators anywhere in the data. */
export function buildReplacement(id: unknown, data: unknown): Doc {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw dbErrors.invalidParam('set data must be an object');
  if (hasOperatorKey(data)) throw dbErrors.requestFailed('update operator complicit');
  const { _id: ignored, ...rest } = data as Doc;
  void ignored;
  return { _id: id, ...rest };
}
