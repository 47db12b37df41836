import { CloudError } from '../cloud';

/** H5 has no Taro.cloud: files go to the cloud as bytes through the feature's upload action instead. */
export async function uploadToIncoming(_filePath: string, _ext: string, _anonymous = false): Promise<string> {
  throw new CloudError('INTERNAL', '网页版不支持直接上传文件');
}
