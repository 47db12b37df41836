import { shanghaiDay } from '../../../types/common/shanghai-time';
import { Readable } from 'node:stream';
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
  if (value instanceof Date) return shanghaiDay(value);
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return String(value).trim();
}

/**
 * The first worksheet of an .xlsx file, headers from row 1, read as a stream (no styles, no workbook
 * model): a district's 20,000-row ledger reads in a few seconds.
 */
export async function readSheet(content: Buffer): Promise<SheetRows> {
  const headers: string[] = [];
  const rows: SheetRows['rows'] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]) ?? [];
        if (row.number === 1) {
          values.forEach((v, col) => (headers[col - 1] = String(cellValue(v) || '').trim()));
          continue;
        }
        const cells = new Map<string, CellValue>();
        values.forEach((v, col) => {
          const header = headers[col - 1];
          if (header) cells.set(header, cellValue(v));
        });
        if ([...cells.values()].some((v) => v !== '')) rows.push({ row: row.number, cells });
      }
      break;
    }
  } catch {
    throw new AppError('INVALID_INPUT', '无法读取该文件，请上传 .xlsx 格式的台账', 'fileID');
  }
  if (!headers.length) throw new AppError('INVALID_INPUT', '文件中没有表头（第一行应为列名）', 'fileID');
  return { headers, rows };
}
