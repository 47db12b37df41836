import { Text, View } from '@tarojs/components';
import type { FigureRow } from '@types-contract/dashboard/overview';
import { yuan } from '@types-contract/common/money';

/** One row per street / community / grid; tap to drill down. */
export function ChildrenTable({ rows, onOpen }: { rows: FigureRow[]; onOpen: (row: FigureRow) => void }) {
  if (!rows.length) return null;
  return (
    <View className="card" data-testid="children-table">
      <Text className="card-title">下级单位（点击查看）</Text>
      {rows.map((r) => (
        <View key={r.id} className="list-item" data-testid={`child-${r.id}`} onClick={() => onOpen(r)}>
          <Text className="text-block">{r.name} ›</Text>
          <Text className="muted">
            {r.veterans} 人 · 建档 {(r.filingRate * 100).toFixed(0)}% · 走访 {r.visits} 次 {yuan(r.visitValueFen)} ·
            补助 {r.subsidies} 笔
          </Text>
        </View>
      ))}
    </View>
  );
}
