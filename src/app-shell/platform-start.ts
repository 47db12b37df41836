import { initCloud } from '../lib/cloud';
import { watchPrivacyAuthorization } from '../lib/privacy/wechat-privacy';

/** weapp launch: WeChat Cloud and the privacy-authorization listener. (H5: platform-start.h5.ts.) */
export function startPlatform(): void {
  initCloud();
  watchPrivacyAuthorization();
}
