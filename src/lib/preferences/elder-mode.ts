import Taro from '@tarojs/taro';
import { savePreferences } from '@types-contract/account/preferences';
import { callAction } from '../cloud/call-action';
import { createLocalStore } from './local-store';
import { wechatFontIsLarge } from './wechat-font';

/**
 * 长辈模式: larger text and tap targets across the whole app. It belongs to the person: their choice is
 * saved with their account (account.savePreferences) and this store is the device's copy of it, brought
 * up to date from the account at the start of each session (account-preferences.ts). null = the person
 * never chose: then it follows WeChat's own font setting (weapp), as WeChat's 小程序适老化设计指南 advises;
 * a choice always wins.
 */
export const elderModeStore = createLocalStore<boolean | null>('vetgrid.elderMode', null);

/** Bumped by every choice made on this device, so a session's sync never undoes a tap made meanwhile. */
let choices = 0;
export const choicesMade = (): number => choices;

export function useElderMode(): boolean {
  const chosen = elderModeStore.use();
  return chosen ?? wechatFontIsLarge();
}

/** The person's choice: applied at once, saved with their account so it follows them to other devices. */
export function setElderMode(on: boolean): void {
  choices += 1;
  elderModeStore.set(on);
  void saveElderMode(on);
}

export async function saveElderMode(on: boolean): Promise<void> {
  try {
    await callAction(savePreferences, { elderMode: on });
  } catch (error) {
    console.error('saving 长辈模式 failed', error);
    void Taro.showToast({ title: '长辈模式未能保存到账号，本机已生效', icon: 'none' });
  }
}

/** The class the page root carries; app.css scales text and targets from it. */
export function rootClassName(elderMode: boolean): string {
  return elderMode ? 'app-root elder-mode' : 'app-root';
}
