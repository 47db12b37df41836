import { MAX_SHEET_BYTES, uploadImportSheet } from '../../../types/ledger/transfer';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { storeFile } from '../../_kernel/uploads/files';

/** An .xlsx is a zip archive: it starts with PK\x03\x04. */
const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** H5: stores an inline .xlsx in the caller's upload folder for the import (street and district staff). */
export default defineAction(uploadImportSheet, async ({ dataBase64 }, ctx) => {
  await ctx.authorizeSeat('ledger:import');
  const clean = dataBase64.replace(/^data:[^;]*;base64,/, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw new AppError('INVALID_INPUT', '文件内容不正确', 'dataBase64');
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_SHEET_BYTES)
    throw new AppError('INVALID_INPUT', '文件不能超过 5 MB，请分成几个表格导入', 'dataBase64');
  if (!isZip(bytes))
    throw new AppError('INVALID_INPUT', '只能导入 .xlsx 格式的表格（可在 Excel 中“另存为 .xlsx”）', 'dataBase64');
  return { fileID: await storeFile(ctx, 'ledger-import', bytes, 'xlsx') };
});
