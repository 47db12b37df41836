import { CloudError } from './cloud-error';

/** H5 has no Taro.cloud: features send small files' bytes through an action instead. */
export async function uploadToStorage(_cloudPath: string, _filePath: string): Promise<string> {
  throw new CloudError('INTERNAL', '网页版不支持直接上传文件');
}
