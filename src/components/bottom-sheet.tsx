import { type PropsWithChildren, useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MAIN_PAGES } from '@types-contract/common/pages';

/** The tab pages (the first four main pages, as app.config.ts lists them in its tab bar). */
const TAB_PATHS: readonly string[] = [MAIN_PAGES.home, MAIN_PAGES.grid, MAIN_PAGES.notices, MAIN_PAGES.me];

interface BottomSheetProps {
  title: string;
  testId?: string;
  onClose: () => void;
}

/** On a tab page the H5 tab bar is drawn above every page: the sheet puts it away while it is open. */
function useTabBarAway(): void {
  useEffect(() => {
    const pages = Taro.getCurrentPages();
    const route = pages[pages.length - 1]?.route?.replace(/^\//, '') ?? '';
    if (process.env.TARO_ENV !== 'h5' || !TAB_PATHS.includes(route)) return;
    void Promise.resolve(Taro.hideTabBar({ animation: false })).catch(() => undefined);
    return () => void Promise.resolve(Taro.showTabBar({ animation: false })).catch(() => undefined);
  }, []);
}

/**
 * A panel that rises over the page from the bottom, wherever the person had scrolled to: what they tapped
 * opens in front of them, never at the top of a long page. Tapping the dimmed page or 关闭 closes it.
 */
export function BottomSheet({ title, testId, onClose, children }: PropsWithChildren<BottomSheetProps>) {
  useTabBarAway();
  return (
    <View className="sheet-mask" onClick={onClose}>
      <View
        className="sheet"
        data-testid={testId}
        role="dialog"
        aria-label={title}
        onClick={(e) => e.stopPropagation()}
      >
        <View className="sheet-header">
          <Text className="card-title sheet-title">{title}</Text>
          <View className="sheet-close" role="button" aria-label="关闭" onClick={onClose}>
            关闭
          </View>
        </View>
        <View className="sheet-body">{children}</View>
      </View>
    </View>
  );
}
