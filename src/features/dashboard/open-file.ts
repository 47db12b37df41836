import Taro from '@tarojs/taro';

/** weapp: download the temp link and open the spreadsheet. */
export async function openFile(url: string, _fileName?: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
}
