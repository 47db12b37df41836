import Taro from '@tarojs/taro';

/**
 * weapp: WeChat's font setting, read once. fontSizeScaleFactor is the person's font size over the standard
 * one (17px on iOS); from about +3 (21px, 1.24) the guide's 关怀模式 sizes are near, so 1.2 and above counts
 * as large (https://developers.weixin.qq.com/miniprogram/design/elderly.html). (H5: wechat-font.h5.ts.)
 */
let large: boolean | null = null;

export function wechatFontIsLarge(): boolean {
  if (large === null) {
    try {
      // Taro's types leave the field out; WeChat documents it on getAppBaseInfo's result.
      const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number };
      large = (info.fontSizeScaleFactor ?? 1) >= 1.2;
    } catch (error) {
      console.error('getAppBaseInfo failed', error);
      large = false;
    }
  }
  return large;
}
