import ExcelJS from 'exceljs';
import type { LocalCloud } from '../../../localcloud';
import { localSdk } from '../../../scripts/seed-local';
import { incomingFolder } from '../../../cloudfunctions/_kernel/uploads';
import { createPii, DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';

/**
 * Writes rows under headers as an .xlsx and uploads it where `uploader`'s mini-program would (their
 * incoming folder, local development key), answers the fileID.
 */
export async function uploadSheet(
  cloud: LocalCloud,
  headers: string[],
  rows: unknown[][],
  uploader: string,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
  const res = (await localSdk(cloud).uploadFile({
    cloudPath: `${incomingFolder(createPii(DEV_PII_KEY), uploader)}test${Math.random().toString(36).slice(2)}.xlsx`,
    fileContent,
  })) as { fileID: string };
  return res.fileID;
}
