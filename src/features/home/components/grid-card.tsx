import { Text, View } from '@tarojs/components';
import type { MyGrid } from '@types-contract/org/queries';

/** The caller's grid and where it lies. */
export function GridCard({ grid }: { grid: MyGrid }) {
  return (
    <View className="card" data-testid="grid-card">
      <Text className="muted">我的网格</Text>
      <Text className="card-title">{grid.grid.name}</Text>
      <Text className="text-block">
        {grid.street.name} · {grid.community.name}
      </Text>
    </View>
  );
}
