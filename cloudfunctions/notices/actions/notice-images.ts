import { AppError } from '../../../types/common/errors';

/** Notice images are uploaded to `notices/` (weapp: Taro.cloud.uploadFile); anything else is refused. */
export function checkNoticeImages(fileIds: string[]): void {
  const bad = fileIds.find((f) => !/^cloud:\/\/[^/]+\/notices\/[^/]+$/.test(f));
  if (bad) throw new AppError('INVALID_INPUT', '图片不合法，请重新上传', 'imageFileIds');
}
