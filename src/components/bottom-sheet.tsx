import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

interface BottomSheetProps {
  title: string;
  testId?: string;
  onClose: () => void;
}

/**
 * A panel that rises over the page from the bottom, wherever the person had scrolled to: what they tapped
 * opens in front of them, never at the top of a long page. Tapping the dimmed page or 关闭 closes it.
 */
export function BottomSheet({ title, testId, onClose, children }: PropsWithChildren<BottomSheetProps>) {
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
