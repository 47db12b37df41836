import Taro from '@tarojs/taro';
import { initCloud } from './transport';

/** weapp: the image goes straight to cloud storage, into the group's folder; the function checks the folder. */
export async function uploadGroupImageFile(groupId: string, tempFilePath: string): Promise<string> {
  initCloud();
  const ext = /\.png$/i.test(tempFilePath) ? 'png' : 'jpg';
  const name = `${Date.now()}${Math.random().toString(16).slice(2, 10)}`;
  const res = await Taro.cloud.uploadFile({ cloudPath: `groups/${groupId}/${name}.${ext}`, filePath: tempFilePath });
  return res.fileID;
}
