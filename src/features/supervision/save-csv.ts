import Taro from '@tarojs/taro';

/** Mini-program: CSV cannot be opened in WeChat; the desk (H5) export is the way. */
export async function saveCsv(_filename: string, _csv: string): Promise<void> {
  await Taro.showToast({ title: '请在电脑端导出表格', icon: 'none' });
}
