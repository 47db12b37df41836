import { z } from 'zod';

/**
 * Images a client sends inline (H5 has no Taro.cloud.uploadFile): base64 of a JPEG, PNG or WebP up to
 * MAX_INLINE_IMAGE_BYTES. The function checks the bytes themselves (see cloudfunctions/_kernel/uploads).
 */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const MAX_INLINE_IMAGE_BYTES = 1024 * 1024;

export const inlineImage = z
  .object({
    contentType: z.enum(IMAGE_TYPES, { errorMap: () => ({ message: '只能上传 JPG、PNG 或 WebP 图片' }) }),
    dataBase64: z
      .string({ required_error: '请选择图片' })
      .min(16, '图片内容为空')
      .max(Math.ceil((MAX_INLINE_IMAGE_BYTES * 4) / 3) + 4, '图片不能超过 1 MB，请压缩后再传'),
  })
  .strict();

/** A cloud file id (cloud://env.bucket/path) the caller uploaded under its own folder. */
export const cloudFileId = z
  .string()
  .trim()
  .regex(/^cloud:\/\/[^/]+\/.+/, '图片地址不正确')
  .max(512, '图片地址不正确');
