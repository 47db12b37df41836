import Taro from '@tarojs/taro';
import type { ExportedFile } from '@types-contract/common/exports';
import { toCloudError } from '../cloud/use-query';
import { openExport } from './open-export';

/**
 * The one way a page hands an export (ExportedFile: an .xlsx behind a ten-minute link) to the user:
 * H5 downloads it under its name, weapp downloads and opens it (open-export.ts). A refusal (the download
 * domain not allowed, a dead link, no network, a file WeChat cannot open) is shown as a message the
 * person can act on. Answers whether the file was handed over.
 */
export async function deliverExport(file: Pick<ExportedFile, 'url' | 'fileName'>): Promise<boolean> {
  try {
    await openExport(file.url, file.fileName);
    return true;
  } catch (err) {
    await Taro.showModal({ title: '无法打开文件', content: toCloudError(err).message, showCancel: false });
    return false;
  }
}
