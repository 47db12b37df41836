import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId, mainlandMobile } from '../common/validators';
import { cloudFileId, imageUpload } from '../common/uploads';
import { CONTACT_METHODS, REQUEST_CATEGORIES, URGENCIES, type RequestStatus } from './model';

export const MAX_PHOTOS = 6;
export const DESCRIPTION_MAX = 1000;

export const description = multilineText({ required_error: '请描述您的诉求' })
  .min(5, '请用至少 5 个字描述您的诉求')
  .max(DESCRIPTION_MAX, `描述不能超过 ${DESCRIPTION_MAX} 个字`);

export const photos = z.array(cloudFileId).max(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张图片`).default([]);

/**
 * A veteran submits a request (or a grid member for a veteran of their grid: `veteranId`). The client
 * makes `clientToken` once per form: a retried submission finds the same request and never makes two.
 */
export const submitRequest = defineContract<{
  id: string;
  refNo: string;
  status: RequestStatus;
  dueAt: string | null;
  created: boolean;
}>()({
  fn: 'requests',
  action: 'submitRequest',
  input: z
    .object({
      clientToken: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{8,64}$/, '提交标识不正确，请刷新页面后重试'),
      category: z.enum(REQUEST_CATEGORIES, { errorMap: () => ({ message: '请选择诉求类别' }) }),
      description,
      photos,
      contact: z
        .object({
          method: z.enum(CONTACT_METHODS, { errorMap: () => ({ message: '请选择联系方式' }) }),
          phone: mainlandMobile.optional(),
        })
        .strict()
        .refine((c) => c.method !== 'phone' || Boolean(c.phone), {
          message: '选择电话联系时请填写手机号',
          path: ['phone'],
        }),
      urgency: z.enum(URGENCIES).default('normal'),
      veteranId: docId.optional(),
    })
    .strict(),
  errors: ['NOT_FOUND', 'FORBIDDEN'],
});

/** H5 only: a photo sent inline is stored in the caller's upload folder; answers its file id. */
export const uploadRequestPhoto = defineContract<{ fileID: string }>()({
  fn: 'requests',
  action: 'uploadRequestPhoto',
  input: imageUpload,
  errors: ['FORBIDDEN'],
});
