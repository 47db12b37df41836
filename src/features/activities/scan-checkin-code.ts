import Taro from '@tarojs/taro';

/** weapp: what the camera read (Taro.scanCode); null when the person backs out. */
export async function scanCheckinCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    return result;
  } catch {
    // scanCode fails when the person closes the camera: they may type the code instead.
    return null;
  }
}

/** weapp scans; the typed field is the fallback. */
export const CAN_SCAN = true;
