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

/** Streamed: no styles, no workbook model, a district's 20,000-row ledger in a few seconds. */
async function streamed(content: Buffer): Promise<ReturnType<typeof collector>> {
  const out = collector();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>)
      out.add(row.number, (row.values as ExcelJS.CellValue[]) ?? []);
    break;
  }
  return out;
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
 * The first worksheet of an .xlsx file, headers from row 1. Read as a stream; when ExcelJS's stream reader
 * fails, read again whole. The stream reader depends on the order of the zip's parts and on timing inside
 * it: on sheets that ExcelJS itself wrote (whose part order varies from file to file) it threw
 * "Cannot read properties of undefined (reading 'sheets')" about once in 400 reads, and the same file read
 * fine again. Only a file neither reader can open is refused.
 */
export async function readSheet(content: Buffer): Promise<SheetRows> {
  let sheet: ReturnType<typeof collector>;
  try {
    sheet = await streamed(content);
  } catch {
    try {
      sheet = await loaded(content);
    } catch {
      throw new AppError('INVALID_INPUT', '无法读取该文件，请上传 .xlsx 格式的台账', 'fileID');
    }
  }
  if (!sheet.headers.length) throw new AppError('INVALID_INPUT', '文件中没有表头（第一行应为列名）', 'fileID');
  return { headers: sheet.headers, rows: sheet.rows };
}
