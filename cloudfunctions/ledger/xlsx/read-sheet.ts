import ExcelJS from 'exceljs';
import { AppError } from '../../../types/common/errors';

export interface SheetRows {
  headers: string[];
  /** Row number (1-based, header = 1) and cells by header. */
  rows: { row: number; cells: Map<string, CellValue> }[];
}

export type CellValue = string | { number: number };

/** A cell as the import reads it: text as typed, dates as YYYY-MM-DD, numbers kept apart (an ID typed as a number loses digits). */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return String(value).trim();
}

/** The first worksheet of an .xlsx file, headers from row 1. */
export async function readSheet(content: Buffer): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID_INPUT', '无法读取该文件，请上传 .xlsx 格式的台账', 'fileID');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('INVALID_INPUT', '文件中没有工作表', 'fileID');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = String(cellValue(cell.value) || '').trim()));
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, CellValue>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col - 1];
      if (header) cells.set(header, cellValue(cell.value));
    });
    if ([...cells.values()].some((v) => v !== '')) rows.push({ row: rowNumber, cells });
  });
  return { headers, rows };
}
