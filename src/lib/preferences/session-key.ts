/** weapp: WeChat is the session, and its storage belongs to the one WeChat user. (H5: session-key.h5.ts.) */
export function sessionKey(): string | null {
  return 'wechat';
}
