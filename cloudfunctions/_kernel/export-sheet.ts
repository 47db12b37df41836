import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportedFile, ExportFileDoc } from '../../types/common/exports';
import { AppError } from '../../types/common/errors';
import { shanghaiDay } from '../../types/common/shanghai-time';
import type { ActionContext } from './action';
import { newId } from './ids';
import { TEMP_URL_SECONDS, tempUrls } from './uploads';

/** A column: its header, and a width in characters (Excel's default when none). */
export type ExportColumn = string | { header: string; width?: number };
/** A cell: text stays text (a leading = is never read as a formula), numbers stay numbers. */
export type ExportCell = string | number | null;

/**
 * The one way an action hands a table to a user: one .xlsx sheet written row by row (streaming, so a whole
 * district's 20,000+ files never sit in memory as a workbook model), stored in cloud storage under
 * exports/<Shanghai day>/ and handed out as a ten-minute link. Cells are written as values, never as
 * formulas: text such as `=HYPERLINK(...)` from a supervisor's report stays text. The header row is bold
 * unless `plain` (a district's whole ledger: styles double the time to write 20,000 rows).
 */
export function exportSheet(sheetName: string, columns: ExportColumn[], { plain = false } = {}) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: !plain, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName);
  const cols = columns.map((c) => (typeof c === 'string' ? { header: c } : c));
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  if (!plain) sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  return {
    add(cells: ExportCell[]): void {
      sheet.addRow(cells.map((c) => c ?? '')).commit();
      rows += 1;
    },
    /** Rows added so far (the header not counted). */
    get rows(): number {
      return rows;
    },
    /**
     * Closes the sheet and stores it at `cloudPath` (a second store at the same path replaces the first:
     * a job's part written again after a kill); answers its file id.
     */
    async store(ctx: Pick<ActionContext, 'sdk' | 'db' | 'now'>, cloudPath: string): Promise<string> {
      sheet.commit();
      await book.commit();
      // Recorded for the purge (kernel/purge-exports.ts), which deletes it EXPORT_KEEP_HOURS after it was stored:
      // before the upload, so that a call stopped between the two still leaves the file a record.
      const record = ctx.db.collection('exportFiles').doc(cloudPath.replace(/\//g, '~'));
      const intent: Omit<ExportFileDoc, '_id'> = { cloudPath, fileID: null, storedAt: ctx.now };
      await record.set({ data: intent });
      const { fileID } = (await ctx.sdk.uploadFile({ cloudPath, fileContent: Buffer.concat(chunks) })) as {
        fileID: string;
      };
      await record.update({ data: { fileID } });
      return fileID;
    },
    /** Closes the sheet, stores it and answers the link; `fileName` is what the user's copy is called. */
    async finish(ctx: ActionContext, fileName: string): Promise<ExportedFile> {
      const fileID = await this.store(ctx, `exports/${shanghaiDay(ctx.now)}/${newId()}.xlsx`);
      const url = (await tempUrls(ctx, [fileID])).get(fileID);
      if (!url) throw new AppError('INTERNAL', '导出失败，请稍后再试');
      const expiresAt = new Date(ctx.now.getTime() + TEMP_URL_SECONDS * 1000).toISOString();
      return { url, fileID, fileName, expiresAt };
    },
  };
}
