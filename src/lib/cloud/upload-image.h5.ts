import { uploadGroupImage } from '@types-contract/groups/contracts';
import { callAction } from './call-action';
import { CloudError } from './cloud-error';

/** H5 has no Taro.cloud: the picked image goes to the function as base64 (JPG/PNG, 1 MB at most). */
export async function uploadGroupImageFile(groupId: string, tempFilePath: string): Promise<string> {
  const blob = await (await fetch(tempFilePath)).blob();
  const contentType = blob.type === 'image/png' ? 'image/png' : blob.type === 'image/jpeg' ? 'image/jpeg' : null;
  if (!contentType) throw new CloudError('INVALID_INPUT', '只能发送 JPG 或 PNG 图片');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const { fileId } = await callAction(uploadGroupImage, { groupId, contentType, base64: btoa(binary) });
  return fileId;
}
