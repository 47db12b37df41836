import Taro from '@tarojs/taro';
import { uploadToStorage } from '../../lib/cloud';

export interface PickedSheet {
  name: string;
  fileID: string;
}

function randomName(): string {
  let name = '';
  for (let i = 0; i < 24; i++) name += Math.floor(Math.random() * 16).toString(16);
  return name;
}

// weapp: an .xlsx from a chat (Taro.chooseMessageFile), uploaded to cloud storage (the H5 build resolves pick-sheet.h5.ts).
export async function pickSheet(): Promise<PickedSheet | null> {
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null);
  const file = chosen?.tempFiles[0];
  if (!file) return null;
  const fileID = await uploadToStorage(`uploads/ledger-import/${randomName()}.xlsx`, file.path);
  return { name: file.name, fileID };
}
