import { shanghaiDay } from '../../../types/common/shanghai-time';
import { FILE_FIELDS, type FileField } from '../../../types/veteran/fields';
import { isComplete, keyGroupsOf, KEY_GROUP_LABELS, type LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { Pii } from '../../_kernel/pii';

/** The place columns: how the district's spreadsheet names a grid (grid names repeat across communities). */
export const PLACE_HEADERS = ['所属镇街', '所属社区', '所属网格'] as const;
export const CATEGORY_HEADER = '人员类别';
export const CATEGORY_LABELS = { veteran: '退役军人', dependant: '优抚对象' } as const;

export const EXPORT_FIELDS = Object.keys(FILE_FIELDS) as FileField[];

export const EXPORT_HEADERS = [
  ...PLACE_HEADERS,
  CATEGORY_HEADER,
  ...EXPORT_FIELDS.map((f) => FILE_FIELDS[f].label),
  '重点对象',
  '建档完整',
  '最近核实',
];

/** One spreadsheet row of a file: masked (without party membership), or (full) with the sealed numbers opened. */
export function exportRow(
  file: VeteranDoc,
  place: string[],
  settings: LedgerSettings,
  now: Date,
  pii: Pii | null,
): string[] {
  const open = (sealed: string | null | undefined, masked: string) => (pii && sealed ? pii.decrypt(sealed) : masked);
  const cells = EXPORT_FIELDS.map((f) => {
    const def = FILE_FIELDS[f] as (typeof FILE_FIELDS)[FileField] & { partyOnly?: boolean };
    // The masked export goes to the grid team and area staff: party membership is left out (issue 15).
    if (def.partyOnly && !pii) return '';
    const shown = def.show(file);
    if (f === 'idNumber') return open(file.idEnc, shown);
    if (f === 'phone') return open(file.phoneEnc, shown);
    if (f === 'emergencyPhone') return open(file.emergencyContact?.phoneEnc, shown);
    return shown;
  });
  const verified = file.verifiedAt ? shanghaiDay(new Date(file.verifiedAt)) : '';
  return [
    ...place,
    CATEGORY_LABELS[file.category],
    ...cells,
    keyGroupsOf(file, now)
      .map((g) => KEY_GROUP_LABELS[g])
      .join('、'),
    isComplete(file, settings) ? '是' : '否',
    verified,
  ];
}
