import Taro from '@tarojs/taro';

/** weapp has no print dialog: the certificate is kept by a screenshot, or printed from the H5 site by its number. */
export function printPage(): void {
  void Taro.showModal({
    title: '保存证明',
    content: '请截屏保存本页；需要纸质证明时，可凭证明编号到出具单位打印盖章。',
    showCancel: false,
  });
}

export const PRINT_LABEL = '保存证明';
