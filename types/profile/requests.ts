import { z } from 'zod';
import { lineText, multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import { imageUpload } from '../common/uploads';
import { FILE_FIELD_NAMES } from '../veteran/fields';

export const fileFieldName = z.enum(FILE_FIELD_NAMES, {
  errorMap: () => ({ message: '档案中没有这一项，请重新选择要更正的内容' }),
});

export const reasonText = (what: string) =>
  multilineText({ required_error: `请填写${what}` })
    .min(1, `请填写${what}`)
    .max(200, `${what}不能超过200个字`);

/** Ask the grid member to correct one field of my file, with a reason and an optional photo. */
export const requestCorrection = defineContract<{ correctionId: string }>()({
  fn: 'profile',
  action: 'requestCorrection',
  input: z
    .object({
      forVeteranId: docId.optional(),
      field: fileFieldName,
      value: lineText({ required_error: '请填写正确的内容' }).max(200, '内容不能超过200个字'),
      reason: reasonText('更正原因'),
      /** A photo uploaded to cloud storage (e.g. of the certificate). */
      photoFileId: z
        .string()
        .trim()
        .max(300)
        .regex(/^cloud:\/\//, '照片文件无效')
        .optional(),
    })
    .strict(),
  errors: ['NOT_FOUND', 'ALREADY_EXISTS', 'FORBIDDEN'],
});

/** Unbind my WeChat account from my file (new phone, new account); I rebind through my grid member. */
export const unbindAccount = defineContract<{ unbound: true }>()({
  fn: 'profile',
  action: 'unbindAccount',
  input: z.object({ confirm: z.literal(true, { errorMap: () => ({ message: '请确认解除绑定' }) }) }).strict(),
  errors: ['NOT_FOUND'],
});

/**
 * Withdraw my consent (PIPL): the account is unbound and the file marked, so the app stops processing
 * my data beyond what the district's duty requires (the ledger itself stays).
 */
export const withdrawConsent = defineContract<{ withdrawn: true }>()({
  fn: 'profile',
  action: 'withdrawConsent',
  input: z.object({ confirm: z.literal(true, { errorMap: () => ({ message: '请确认撤回同意' }) }) }).strict(),
  errors: ['NOT_FOUND'],
});

/** A family member enters the code the grid member gave them, to act for the veteran (代办). */
export const acceptProxy = defineContract<{ veteranId: string; name: string }>()({
  fn: 'profile',
  action: 'acceptProxy',
  input: z
    .object({
      code: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9]{8}$/, '代办码为8位字母或数字'),
    })
    .strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

/**
 * H5 only (no Taro.cloud.uploadFile in the browser): a photo for a correction request sent inline, stored
 * in the caller's upload folder; answers the fileID for `photoFileId`. A veteran, or a family member acting.
 */
export const uploadCorrectionPhoto = defineContract<{ fileID: string }>()({
  fn: 'profile',
  action: 'uploadCorrectionPhoto',
  input: imageUpload,
  errors: ['FORBIDDEN'],
});
