import ExcelJS from 'exceljs';
import { localSdk } from '../../../../scripts/seed-local';
import type { World } from '../world';

/** Uploads a one-row ledger sheet for grid A (a person nobody has filed) and answers its fileID. */
export async function uploadSheetForGridA(w: World): Promise<{ fileID: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号']);
  sheet.addRow(['南屏镇', '永济社区', '第三网格', '马德胜', '440402196203150011', '13622223333']);
  const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
  const res = (await localSdk(w.cloud).uploadFile({ cloudPath: `imports/authz-${Date.now()}.xlsx`, fileContent })) as {
    fileID: string;
  };
  return { fileID: res.fileID };
}
