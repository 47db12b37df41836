/** H5 (the local cloud's browser app): no WeChat font setting to follow; 长辈模式 is the person's choice. */
export function wechatFontIsLarge(): boolean {
  return false;
}
