// `@tarojs/taro` for component tests. The H5 build rewrites `Taro.someApi` into named imports of
// @tarojs/taro-h5 (babel-plugin-transform-taroapi); without that step the default export lacks the APIs,
// so this module puts them back on it. Page lifecycle hooks come from Taro's React runtime in a build; here
// a rendered page is shown once, when it mounts, and never hidden.
import { useEffect, useRef } from 'react';
import * as h5 from '@tarojs/taro-h5';

const api = h5 as unknown as Record<string, unknown> & { default: Record<string, unknown> };
const { default: core, ...named } = api;

export function useDidShow(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => latest.current(), []);
}

export function useDidHide(_callback: () => void): void {}

/** The page's route as Taro's runtime gives it: here, the query string of jsdom's location. */
export function useRouter(): { path: string; params: Record<string, string> } {
  return {
    path: window.location.pathname,
    params: Object.fromEntries(new URLSearchParams(window.location.search)),
  };
}

const Taro: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, core, named, {
  useDidShow,
  useDidHide,
  useRouter,
});

export * from '@tarojs/taro-h5';
export default Taro;
