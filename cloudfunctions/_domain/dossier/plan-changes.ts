import { AppError } from '../../../types/common/errors';
import { maskIdNumber, maskPhone } from '../../../types/common/validators';
import { FILE_FIELDS, type FileField } from '../../../types/veteran/fields';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ChangeView } from '../../../types/veteran/views';
import type { Pii } from '../../_kernel/pii';
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
export function planChanges(
  file: VeteranDoc,
  raw: Partial<Record<FileField, string>>,
  pii: Pii,
  now: Date,
  errorField: (f: FileField) => string,
): PlannedChanges {
  const parsed: [FileField, unknown][] = [];
  for (const [name, input] of Object.entries(raw) as [FileField, string][]) {
    const result = FILE_FIELDS[name].parse.safeParse(input);
    if (!result.success)
      throw new AppError('INVALID_INPUT', result.error.issues[0]?.message ?? '填写的内容有误', errorField(name));
    parsed.push([name, result.data]);
  }
  const { update, fields, after } = applyParsed(file, parsed, pii, true);
  checkFileDates(after, now, fields, errorField);
  const changes = fields.map((f) => ({
    label: FILE_FIELDS[f].label,
    before: FILE_FIELDS[f].show(file),
    after: FILE_FIELDS[f].show(after),
  }));
  return { update, changes, fields, after };
}

/**
 * Parsed values onto a copy of the file. `seal` false (a dry run that stores nothing) skips the
 * encryption and leaves the sealed forms empty; hashes and masks are always made.
 */
export function applyParsed(file: VeteranDoc, parsed: [FileField, unknown][], pii: Pii, seal: boolean) {
  const update: Record<string, unknown> = {};
  const after = structuredClone(file) as VeteranDoc;
  const fields: FileField[] = [];
  for (const [name, value] of parsed) {
    const sets = storedValues(file, name, value, pii, seal);
    if (!sets) continue;
    Object.assign(update, sets);
    for (const [path, v] of Object.entries(sets)) setPath(after as unknown as Record<string, unknown>, path, v);
    fields.push(name);
  }
  return { update, fields, after };
}

/** The stored values for one field, or null when the file already holds that value. */
function storedValues(
  file: VeteranDoc,
  name: FileField,
  value: unknown,
  pii: Pii,
  seal: boolean,
): Record<string, unknown> | null {
  const def = FILE_FIELDS[name];
  const sealed = (plain: string) => (seal ? pii.encrypt(plain) : '');
  if (name === 'idNumber') {
    const id = value as string;
    const hash = pii.blindIndex('id', id);
    return hash === file.idHash ? null : { idEnc: sealed(id), idHash: hash, idMasked: maskIdNumber(id) };
  }
  if (name === 'phone') {
    const phone = value as string;
    const hash = pii.blindIndex('phone', phone);
    return hash === file.phoneHash ? null : { phoneEnc: sealed(phone), phoneHash: hash, phoneMasked: maskPhone(phone) };
  }
  if (name === 'emergencyPhone') {
    const phone = value as string | null;
    const old = file.emergencyContact?.phoneEnc ? pii.decrypt(file.emergencyContact.phoneEnc) : null;
    // A new file has no old number to compare with.
    if (phone === old) return null;
    return {
      'emergencyContact.phoneEnc': phone && sealed(phone),
      'emergencyContact.phoneMasked': phone && maskPhone(phone),
    };
  }
  const current = def.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], file);
  if (JSON.stringify(current ?? null) === JSON.stringify(value ?? null)) return null;
  return { [def.path]: value };
}
