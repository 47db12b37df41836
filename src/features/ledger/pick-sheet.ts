import Taro from '@tarojs/taro';
import { uploadToIncoming } from '../../lib/uploads';

export interface PickedSheet {
  name: string;
  fileID: string;
}

// weapp: an .xlsx from a chat (Taro.chooseMessageFile), uploaded to the account's folder in cloud storage (the H5 build resolves pick-sheet.h5.ts).
export async function pickSheet(): Promise<PickedSheet | null> {
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null);
  const file = chosen?.tempFiles[0];
  if (!file) return null;
  const fileID = await uploadToIncoming(file.path, 'xlsx');
  return { name: file.name, fileID };
}
