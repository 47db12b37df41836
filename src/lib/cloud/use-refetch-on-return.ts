import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/** Asks again when the user comes back to the page (e.g. after recording something on the next page); not on first show. */
export function useRefetchOnReturn(...queries: { retry: () => unknown }[]): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) for (const q of queries) void q.retry();
    shown.current = true;
  });
}
