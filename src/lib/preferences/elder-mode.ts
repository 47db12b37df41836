import { createLocalStore } from './local-store';
import { wechatFontIsLarge } from './wechat-font';

/**
 * 长辈模式: larger text and tap targets across the whole app. null = the person never chose: then it
 * follows WeChat's own font setting (weapp), as WeChat's 小程序适老化设计指南 advises; a choice always wins.
 */
export const elderModeStore = createLocalStore<boolean | null>('vetgrid.elderMode', null);

export function useElderMode(): boolean {
  const chosen = elderModeStore.use();
  return chosen ?? wechatFontIsLarge();
}

export const setElderMode = (on: boolean): void => elderModeStore.set(on);

/** The class the page root carries; app.css scales text and targets from it. */
export function rootClassName(elderMode: boolean): string {
  return elderMode ? 'app-root elder-mode' : 'app-root';
}
