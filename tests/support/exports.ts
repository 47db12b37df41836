import ExcelJS from 'exceljs';

/** Downloads an export by its temporary URL and opens it as Excel would. */
export async function downloadWorkbook(url: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return workbook;
}

/** Downloads an exported sheet by its temporary URL and reads it back as rows of text. */
export async function downloadSheet(url: string): Promise<string[][]> {
  return rowsOf(await downloadWorkbook(url));
}

/** An .xlsx on disk (e.g. a browser's download) read back as rows of text, as Excel would show them. */
export async function readSheetFile(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return rowsOf(workbook);
}

function rowsOf(workbook: ExcelJS.Workbook): string[][] {
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

/** Every part of a ledger export (as `exportLedger` / `ledgerExport` hand them out), rows of text, headers once. */
export async function downloadParts(parts: { url: string }[]): Promise<string[][]> {
  const all: string[][] = [];
  for (const part of parts) {
    const [header, ...rows] = await downloadSheet(part.url);
    if (!all.length) all.push(header);
    all.push(...rows);
  }
  return all;
}
