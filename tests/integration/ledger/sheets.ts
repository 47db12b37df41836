import ExcelJS from 'exceljs';
import type { LocalCloud } from '../../../localcloud';
import { localSdk } from '../../../scripts/seed-local';

/** Writes rows under headers as an .xlsx, uploads it to the local cloud's storage, answers the fileID. */
export async function uploadSheet(cloud: LocalCloud, headers: string[], rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
  const res = (await localSdk(cloud).uploadFile({
    cloudPath: `imports/test-${Math.random().toString(36).slice(2)}.xlsx`,
    fileContent,
  })) as { fileID: string };
  return res.fileID;
}
