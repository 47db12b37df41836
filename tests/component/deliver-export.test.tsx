import Taro from '@tarojs/taro';
import { CloudError } from '../../src/lib/cloud';
import { deliverExport } from '../../src/lib/exports/deliver-export';

// The mini-program's variant, named by its full file name (this project resolves the H5 variant first).
const { openExport: openInWeapp } = jest.requireActual<typeof import('../../src/lib/exports/open-export')>(
  '../../src/lib/exports/open-export.ts',
);

const file = {
  url: 'https://env.tcb.qcloud.la/exports/2026-11-29/abc.xlsx?sign=1',
  fileName: '南屏镇诉求台账_2026-11-29.xlsx',
};

afterEach(() => jest.restoreAllMocks());

describe('H5: every export is downloaded under its name', () => {
  test('deliverExport clicks a download link for the file, named as the export says', async () => {
    const clicked: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await expect(deliverExport(file)).resolves.toBe(true);
    expect(clicked).toEqual([{ href: file.url, download: file.fileName }]);
  });

  test('a refusal is shown as a message, not swallowed', async () => {
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new CloudError('NETWORK', '文件下载失败，请检查网络后重新导出');
    });
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' });
    await expect(deliverExport(file)).resolves.toBe(false);
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '无法打开文件', content: '文件下载失败，请检查网络后重新导出' }),
    );
  });
});

describe('weapp: downloaded with Taro.downloadFile and opened with Taro.openDocument', () => {
  const download = (impl: () => Promise<unknown>) => jest.spyOn(Taro, 'downloadFile').mockImplementation(impl as never);
  const open = () => jest.spyOn(Taro, 'openDocument').mockResolvedValue({ errMsg: 'openDocument:ok' } as never);

  test('the downloaded file opens as a spreadsheet with the menu to forward or save it', async () => {
    download(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp_abc.xlsx' }));
    const opened = open();
    await openInWeapp(file.url, file.fileName);
    expect(opened).toHaveBeenCalledWith({ filePath: 'wxfile://tmp_abc.xlsx', fileType: 'xlsx', showMenu: true });
  });

  // WeChat refuses downloads from a domain missing in the mini-program's downloadFile 合法域名 list
  // (developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html).
  test.each([
    [
      'a domain WeChat does not allow',
      async () => Promise.reject({ errMsg: 'downloadFile:fail url not in domain list' }),
      '文件无法下载：小程序未允许云存储的下载域名，请联系管理员在后台添加',
    ],
    [
      'no network',
      async () => Promise.reject({ errMsg: 'downloadFile:fail timeout' }),
      '文件下载失败，请检查网络后重新导出',
    ],
    [
      'a link that has expired',
      async () => ({ statusCode: 403, tempFilePath: 'wxfile://x' }),
      '下载链接已失效，请重新导出',
    ],
  ])('%s: a message the person can act on', async (_what, impl, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    download(impl);
    const opened = open();
    await expect(openInWeapp(file.url)).rejects.toMatchObject({ message });
    expect(opened).not.toHaveBeenCalled();
  });

  test('a file WeChat cannot open', async () => {
    download(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp_abc.xlsx' }));
    jest.spyOn(Taro, 'openDocument').mockRejectedValue({ errMsg: 'openDocument:fail filetype not supported' });
    await expect(openInWeapp(file.url)).rejects.toMatchObject({ message: '文件已下载，但无法打开，请在电脑上导出' });
  });
});
