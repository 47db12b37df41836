import { z } from 'zod';

/**
 * An image for any upload action, one of two ways: the mini-program uploads to the caller's incoming
 * folder with Taro.cloud.uploadFile and names the file (`fileID`); H5 (no Taro.cloud) sends the bytes
 * (`dataBase64`). Either way the function checks, re-encodes from the pixels and stores the image (see
 * cloudfunctions/_kernel/uploads). JPEG or PNG up to MAX_UPLOAD_BYTES; clients turn anything else into JPEG.
 */
export const IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** A cloud file id (cloud://env.bucket/path). Which ones an action takes is checked by the function. */
export const cloudFileId = z
  .string()
  .trim()
  .regex(/^cloud:\/\/[^/]+\/.+/, '图片地址不正确')
  .max(512, '图片地址不正确');

export interface UploadSource {
  fileID?: string;
  dataBase64?: string;
}

const imageUploadFields = {
  /** H5: what the browser says the file is; the function reads the type from the bytes. */
  contentType: z.enum(IMAGE_TYPES, { errorMap: () => ({ message: '只能上传 JPG 或 PNG 图片' }) }).optional(),
  dataBase64: z
    .string()
    .min(16, '图片内容为空')
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64, '图片不能超过 1 MB，请压缩后再传')
    .optional(),
  fileID: cloudFileId.optional(),
};

/** An image upload with the action's own fields (e.g. the group it is for). */
export function imageUploadWith<T extends z.ZodRawShape>(extra: T) {
  return z
    .object({ ...extra, ...imageUploadFields })
    .strict()
    .refine((v) => Boolean(v.dataBase64) !== Boolean(v.fileID), { message: '请选择一张图片', path: ['dataBase64'] });
}

export const imageUpload = imageUploadWith({});
