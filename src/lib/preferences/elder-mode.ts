import { createLocalStore } from './local-store';

/** 长辈模式: larger text and tap targets across the whole app, remembered on this device. */
export const elderModeStore = createLocalStore<boolean>('vetgrid.elderMode', false);

export const useElderMode = elderModeStore.use;
export const setElderMode = elderModeStore.set;

/** The class the page root carries; app.css scales text and targets from it. */
export function rootClassName(elderMode: boolean): string {
  return elderMode ? 'app-root elder-mode' : 'app-root';
}
