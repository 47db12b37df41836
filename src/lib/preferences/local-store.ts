import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

/**
 * A value persisted in Taro storage (wx storage on weapp, localStorage on H5) that every page can watch:
 * tab pages stay alive, so a change in 我的 must reach 首页 without a reload.
 */
export interface LocalStore<T> {
  get: () => T;
  set: (value: T) => void;
  use: () => T;
}

export function createLocalStore<T>(key: string, fallback: T): LocalStore<T> {
  const listeners = new Set<() => void>();
  let cached: { value: T } | null = null;

  const get = (): T => {
    if (cached) return cached.value;
    let value = fallback;
    try {
      const stored: unknown = Taro.getStorageSync(key);
      if (stored !== '' && stored !== undefined && stored !== null) value = stored as T;
    } catch (error) {
      console.error('storage read failed', key, error);
    }
    cached = { value };
    return value;
  };

  const set = (value: T): void => {
    cached = { value };
    try {
      Taro.setStorageSync(key, value);
    } catch (error) {
      console.error('storage write failed', key, error);
    }
    listeners.forEach((listener) => listener());
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  return { get, set, use: () => useSyncExternalStore(subscribe, get, get) };
}
