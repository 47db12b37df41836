import { Text, View } from '@tarojs/components';

export function LoadingView({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="error-view" data-testid="loading-view">
      <Text className="muted">{text}</Text>
    </View>
  );
}
