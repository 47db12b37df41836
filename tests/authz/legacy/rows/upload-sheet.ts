import ExcelJS from 'exceljs';
import { localSdk } from '../../../../scripts/seed-local';
import { incomingFolder } from '../../../../cloudfunctions/_kernel/uploads';
import { createPii, DEV_PII_KEY } from '../../../../cloudfunctions/_kernel/pii';
import type { World } from '../world';
import { openidOf, type Persona } from '../personas';

/**
 * Uploads a one-row ledger sheet for grid A (a person nobody has filed) where `uploader`'s mini-program
 * would (their incoming folder), and answers its fileID: only the uploader may import it.
 */
export const uploadSheetForGridA =
  (uploader: Persona) =>
  async (w: World): Promise<{ fileID: string }> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号']);
    sheet.addRow(['南屏镇', '永济社区', '第三网格', '马德胜', '440402196203150011', '13622223333']);
    const fileContent = Buffer.from(await workbook.xlsx.writeBuffer());
    const openid = (await openidOf(uploader, w)) ?? 'nobody';
    const cloudPath = `${incomingFolder(createPii(DEV_PII_KEY), openid)}authz${Date.now()}.xlsx`;
    const res = (await localSdk(w.cloud).uploadFile({ cloudPath, fileContent })) as { fileID: string };
    return { fileID: res.fileID };
  };
