import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

// weapp only: WeChat's privacy authorization (app.config `__usePrivacyCheck__`). WeChat keeps the consent;
// we only show the guide when WeChat says it is needed and pass the user's answer back.

type Resolve = (result: { buttonId?: string; event: 'agree' | 'disagree' }) => void;

export interface PrivacyPrompt {
  /** The privacy API call waiting for the answer, if one triggered the prompt. */
  resolve: Resolve | null;
}

export const AGREE_BUTTON_ID = 'privacy-agree';

let prompt: PrivacyPrompt | null = null;
const listeners = new Set<() => void>();
let watching = false;

function setPrompt(next: PrivacyPrompt | null) {
  prompt = next;
  listeners.forEach((listener) => listener());
}

/** Called once at launch: show the guide on first use, and whenever a privacy API needs consent. */
export function watchPrivacyAuthorization(): void {
  if (watching || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  watching = true;
  Taro.onNeedPrivacyAuthorization((resolve) => setPrompt({ resolve: resolve as Resolve }));
  Taro.getPrivacySetting({
    success: (setting) => {
      if (setting.needAuthorization && !prompt) setPrompt({ resolve: null });
    },
  });
}

export function answerPrivacyPrompt(agreed: boolean): void {
  prompt?.resolve?.(agreed ? { buttonId: AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' });
  setPrompt(null);
}

export function usePrivacyPrompt(): PrivacyPrompt | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => prompt,
    () => prompt,
  );
}
