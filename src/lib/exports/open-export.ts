import Taro from '@tarojs/taro';
import { CloudError } from '../cloud';

/**
 * weapp: downloads an export's temp URL (cloud storage, 10 minutes) and opens the spreadsheet. WeChat
 * downloads only from the mini-program's download whitelist (README: the cloud storage domain must be
 * in downloadFile 合法域名); a refusal, a dead link or no network becomes a message the person can act on.
 */
export async function openExport(url: string, _fileName?: string): Promise<void> {
  const file = await Taro.downloadFile({ url }).catch((err: { errMsg?: string }) => {
    console.error('downloadFile failed', err?.errMsg ?? err);
    const blocked = /domain|url not in|合法域名/i.test(String(err?.errMsg ?? ''));
    throw new CloudError(
      'NETWORK',
      blocked
        ? '文件无法下载：小程序未允许云存储的下载域名，请联系管理员在后台添加'
        : '文件下载失败，请检查网络后重新导出',
    );
  });
  if (file.statusCode !== 200) throw new CloudError('NETWORK', '下载链接已失效，请重新导出');
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true }).catch(() => {
    throw new CloudError('INTERNAL', '文件已下载，但无法打开，请在电脑上导出');
  });
}
