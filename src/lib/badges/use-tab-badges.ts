import { useCallback, useEffect } from 'react';
import Taro from '@tarojs/taro';
import { myGroups } from '@types-contract/groups/contracts';
import { listNotices } from '@types-contract/notices/contracts';
import { callAction } from '../cloud';

const GRID_TAB = 1;
const NOTICES_TAB = 2;

function show(index: number, count: number): void {
  const done =
    count > 0
      ? Taro.setTabBarBadge({ index, text: count > 99 ? '99+' : String(count) })
      : Taro.removeTabBarBadge({ index });
  // A page without a tab bar (or a platform without badges) just has no badge.
  Promise.resolve(done).catch(() => undefined);
}

/** Asks for both counts again: when a tab page shows, and when an open group has been marked read. */
export function refreshTabBadges(): void {
  callAction(myGroups, {}).then(
    (g) => show(GRID_TAB, g.totalUnread),
    () => undefined,
  );
  callAction(listNotices, { limit: 1 }).then(
    (n) => show(NOTICES_TAB, n.unread),
    () => undefined,
  );
}

/** The 网格 tab shows unread group messages, the 通知 tab unread notices; refreshed when a tab page shows. */
export function useTabBadges() {
  const refresh = useCallback(refreshTabBadges, []);
  useEffect(refresh, [refresh]);
  return { refresh };
}
