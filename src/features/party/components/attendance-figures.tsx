import { Text, View } from '@tarojs/components';

interface Props {
  figures: { label: string; value: number; testId?: string }[];
}

/** A row of counts (出席 3 · 请假 1 · 缺席 0), each a big number over its label. */
export function AttendanceFigures({ figures }: Props) {
  return (
    <View className="figure-row">
      {figures.map((f) => (
        <View key={f.label} className="figure-cell" data-testid={f.testId}>
          <Text className="figure-value">{f.value}</Text>
          <Text className="muted">{f.label}</Text>
        </View>
      ))}
    </View>
  );
}
