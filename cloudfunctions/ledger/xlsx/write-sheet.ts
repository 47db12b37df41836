import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * A streaming .xlsx writer (no shared strings, no styles): rows go out as they come, so a whole district
 * (20,000+ rows) is written in seconds without holding a workbook model in memory.
 */
export function sheetWriter(sheetName: string, headers: string[]) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
  return {
    add(cells: string[]) {
      sheet.addRow(cells).commit();
    },
    async finish(): Promise<Buffer> {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}
