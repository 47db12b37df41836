import Taro from '@tarojs/taro';
import { networkError } from './cloud-error';

/** Mini-program: a local file (camera, album) into cloud storage at `cloudPath`; answers its fileID. */
export async function uploadToStorage(cloudPath: string, filePath: string): Promise<string> {
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return fileID;
  } catch {
    throw networkError();
  }
}
