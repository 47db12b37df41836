import { AppError } from '../../../types/common/errors';
import { shanghaiDay } from '../../../types/common/shanghai-time';
import { FIRST_BIRTH_DAY } from '../../../types/common/dates';
import type { FileField } from '../../../types/veteran/fields';
import type { VeteranDoc } from '../../../types/veteran/model';

/**
 * Dates that cannot be: in the future, a birth before 1920, a discharge before the enlistment, an enlistment before birth.
 * Checked on the file as it would be, reported on the field the caller touched.
 */
export function checkFileDates(
  file: VeteranDoc,
  now: Date,
  touched: FileField[],
  errorField: (f: FileField) => string,
): void {
  const today = shanghaiDay(now);
  const fail = (field: FileField, message: string) => {
    throw new AppError('INVALID_INPUT', message, errorField(touched.includes(field) ? field : (touched[0] ?? field)));
  };
  const { enlistDate, dischargeDate } = file.service;
  if (file.birthDate > today) fail('birthDate', '出生日期不能晚于今天');
  // Checked when typed only: a file kept from before the rule is not locked against other edits.
  if (touched.includes('birthDate') && file.birthDate && file.birthDate < FIRST_BIRTH_DAY)
    fail('birthDate', '出生日期不能早于1920年1月1日');
  if (enlistDate && enlistDate > today) fail('enlistDate', '入伍时间不能晚于今天');
  if (dischargeDate && dischargeDate > today) fail('dischargeDate', '退役时间不能晚于今天');
  if (enlistDate && dischargeDate && dischargeDate < enlistDate) fail('dischargeDate', '退役时间不能早于入伍时间');
  if (enlistDate && enlistDate < file.birthDate) fail('enlistDate', '入伍时间不能早于出生日期');
  const year = Number(today.slice(0, 4));
  if (file.awards.some((a) => a.year > year)) fail('awards', '立功受奖的年份不能晚于今年');
}
