import { shanghaiDay } from '../../../types/common/shanghai-time';
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

/** Headers from row 1 and the non-empty rows under them, fed row by row. */
function collector() {
  const headers: string[] = [];
  const rows: SheetRows['rows'] = [];
  return {
    headers,
    rows,
    add(number: number, values: ExcelJS.CellValue[]) {
      if (number === 1) {
        values.forEach((v, col) => (headers[col - 1] = String(cellValue(v) || '').trim()));
        return;
      }
      const cells = new Map<string, CellValue>();
      values.forEach((v, col) => {
        const header = headers[col - 1];
        if (header) cells.set(header, cellValue(v));
      });
      if ([...cells.values()].some((v) => v !== '')) rows.push({ row: number, cells });
    },
  };
}

/** Whole: the zip read into memory first, so the order of its parts does not matter. */
async function loaded(content: Buffer): Promise<ReturnType<typeof collector>> {
  const out = collector();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  sheet?.eachRow({ includeEmpty: false }, (row) => out.add(row.number, (row.values as ExcelJS.CellValue[]) ?? []));
  return out;
}

/**
 * The first worksheet of an .xlsx file, headers from row 1, read whole (the zip in memory: a 5 MB sheet of
 * 20,000 rows in about half a second). Not with ExcelJS's stream reader: it decodes each 16 KB chunk of the
 * inflated XML on its own, so a Chinese character cut by a chunk boundary comes out as U+FFFD (exceljs
 * issues 2063, 2084, 2316; 19 rows of a 20,000-row sheet with 20,000 different community names, 54 of the
 * scale benchmark's import, where a name would have been filed garbled); it also threw on some part orders
 * ("reading 'sheets'", about once in 400 reads). Only a file ExcelJS cannot open is refused.
 */
export async function readSheet(content: Buffer): Promise<SheetRows> {
  let sheet: ReturnType<typeof collector>;
  try {
    sheet = await loaded(content);
  } catch {
    throw new AppError('INVALID_INPUT', '无法读取该文件，请上传 .xlsx 格式的台账', 'fileID');
  }
  if (!sheet.headers.length) throw new AppError('INVALID_INPUT', '文件中没有表头（第一行应为列名）', 'fileID');
  return { headers: sheet.headers, rows: sheet.rows };
}
