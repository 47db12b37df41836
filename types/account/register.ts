import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { FIRST_BIRTH_DAY, parseNow } from '../common/dates';
import { shanghaiDay } from '../common/shanghai-time';
import { docId, idBirthDate, idCardNumber, mainlandMobile, personName } from '../common/validators';

/** How the phone was verified: weapp's getPhoneNumber code, or (local demo only) a simulated check. */
export const phoneProof = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wx_code'), code: lineText().min(1, '缺少微信授权码').max(512, '微信授权码不正确') }),
  z.object({ kind: z.literal('demo_verified') }),
]);

/** Years of age below which nobody can have served (enlistment is from 18; 17 only as a school leaver). */
export const MIN_VETERAN_AGE = 18;

/**
 * A veteran's ID number: besides a valid number, the birth date it encodes is plausible for someone who
 * served: not before 1920 (the oldest veteran alive), not after today, at least 18 years ago (the parse's
 * clock, Shanghai calendar).
 */
export const veteranIdNumber = idCardNumber.superRefine((id, ctx) => {
  const birth = idBirthDate(id);
  if (!birth) return;
  const today = shanghaiDay(parseNow());
  const message =
    birth < FIRST_BIRTH_DAY
      ? '身份证号中的出生日期早于1920年，请核对后重新输入'
      : birth > today
        ? '身份证号中的出生日期晚于今天，请核对后重新输入'
        : birth > `${Number(today.slice(0, 4)) - MIN_VETERAN_AGE}${today.slice(4)}`
          ? `身份证号显示年龄不满${MIN_VETERAN_AGE}周岁，请核对后重新输入`
          : null;
  if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
});

export const registerInput = z
  .object({
    name: personName,
    idNumber: veteranIdNumber,
    phone: mainlandMobile,
    phoneProof: phoneProof.optional(),
    /** Needed only when no file matches: the grid where the person lives. */
    gridId: docId.optional(),
  })
  .strict();

export type RegisterResult =
  | { status: 'bound'; veteranId: string; gridName: string }
  | { status: 'pending'; registrationId: string; gridName: string; matchKind: 'id_name' | 'none' }
  /** Nothing written: no file matched, so the person must pick their grid and submit again. */
  | { status: 'needs_grid' };

/**
 * Register as a veteran. Bound at once only when ID number, name AND a verified phone match the file;
 * ID and name alone go to the grid member to confirm, so a leaked ID number cannot take over a file.
 */
export const register = defineContract<RegisterResult>()({
  fn: 'account',
  action: 'register',
  input: registerInput,
  errors: ['CONFLICT', 'NOT_FOUND', 'ALREADY_EXISTS'],
});
