import Taro from '@tarojs/taro';

/** weapp: the organiser's code through the camera (Taro.scanCode); null when the person backs out. */
export async function scanCheckinCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
    return (/\d{6}/.exec(result) ?? [null])[0];
  } catch {
    // scanCode fails when the person closes the camera: they may type the code instead.
    return null;
  }
}

/** weapp scans; the typed field is the fallback. */
export const CAN_SCAN = true;
