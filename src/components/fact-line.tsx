import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

interface FactLineProps {
  label: string;
  testId?: string;
}

/** One fact on its own line: a short label in a fixed column, the value beside it wrapping within its own column. */
export function FactLine({ label, testId, children }: PropsWithChildren<FactLineProps>) {
  return (
    <View className="fact-line" data-testid={testId}>
      <Text className="fact-label">{label}</Text>
      <View className="fact-value">{children}</View>
    </View>
  );
}
