import { AppError } from '../../types/common/errors';
import { maskIdNumber, maskPhone } from '../../types/common/validators';
import { FILE_FIELDS, type FileField } from '../../types/veteran/fields';
import type { VeteranDoc } from '../../types/veteran/model';
import type { ChangeView } from '../../types/veteran/views';
import type { Pii } from '../_kernel/pii';
import { checkFileDates } from './check-dates';

export interface PlannedChanges {
  /** The database update (dot paths). Empty when nothing differs. */
  update: Record<string, unknown>;
  changes: ChangeView[];
  fields: FileField[];
  /** The file as it will read after the update. */
  after: VeteranDoc;
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = doc;
  for (const key of keys.slice(0, -1)) {
    cur[key] = { ...((cur[key] as Record<string, unknown>) ?? {}) };
    cur = cur[key] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]] = value;
}

/**
 * Turns typed values for some fields into the update of a file: each parsed by its field's rule (a bad
 * one is INVALID_INPUT on `errorField(field)`), sensitive ones sealed, hashed and masked, unchanged ones
 * dropped; then the dates are checked together against the clock.
 */
export function planChanges(file: VeteranDoc, raw: Partial<Record<FileField, string>>, pii: Pii, now: Date, errorField: (f: FileField) => string): PlannedChanges {
  const update: Record<string, unknown> = {};
  const after = structuredClone(file) as VeteranDoc;
  const fields: FileField[] = [];
  for (const [name, input] of Object.entries(raw) as [FileField, string][]) {
    const def = FILE_FIELDS[name];
    const parsed = def.parse.safeParse(input);
    if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? '填写的内容有误', errorField(name));
    const value = parsed.data as unknown;
    const sets = storedValues(file, name, value, pii);
    if (!sets) continue;
    Object.assign(update, sets);
    for (const [path, v] of Object.entries(sets)) setPath(after as unknown as Record<string, unknown>, path, v);
    fields.push(name);
  }
  checkFileDates(after, now, fields, errorField);
  const changes = fields.map((f) => ({ label: FILE_FIELDS[f].label, before: FILE_FIELDS[f].show(file), after: FILE_FIELDS[f].show(after) }));
  return { update, changes, fields, after };
}

/** The stored values for one field, or null when the file already holds that value. */
function storedValues(file: VeteranDoc, name: FileField, value: unknown, pii: Pii): Record<string, unknown> | null {
  const def = FILE_FIELDS[name];
  if (name === 'idNumber') {
    const id = value as string;
    const hash = pii.blindIndex('id', id);
    return hash === file.idHash ? null : { idEnc: pii.encrypt(id), idHash: hash, idMasked: maskIdNumber(id) };
  }
  if (name === 'phone') {
    const phone = value as string;
    const hash = pii.blindIndex('phone', phone);
    return hash === file.phoneHash ? null : { phoneEnc: pii.encrypt(phone), phoneHash: hash, phoneMasked: maskPhone(phone) };
  }
  if (name === 'emergencyPhone') {
    const phone = value as string | null;
    const old = file.emergencyContact?.phoneEnc ? pii.decrypt(file.emergencyContact.phoneEnc) : null;
    if (phone === old) return null;
    return { 'emergencyContact.phoneEnc': phone && pii.encrypt(phone), 'emergencyContact.phoneMasked': phone && maskPhone(phone) };
  }
  const current = def.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], file);
  if (JSON.stringify(current ?? null) === JSON.stringify(value ?? null)) return null;
  return { [def.path]: value };
}
