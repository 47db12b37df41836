import { Text, View } from '@tarojs/components';
import type { FigureRow } from '@types-contract/dashboard/overview';
import { yuan } from '@types-contract/common/money';
import { hoursOf } from './activity-card';

/**
 * One row per street / community / grid; tap to drill down. The name has a line of its own and each figure
 * is kept whole (label and number together), wrapping as a unit on a narrow screen.
 */
export function ChildrenTable({ rows, onOpen }: { rows: FigureRow[]; onOpen: (row: FigureRow) => void }) {
  if (!rows.length) return null;
  const fact = (text: string) => <Text className="child-fact">{text}</Text>;
  return (
    <View className="card" data-testid="children-table">
      <Text className="card-title">下级单位（点击查看）</Text>
      {rows.map((r) => (
        <View key={r.id} className="child-row" data-testid={`child-${r.id}`} onClick={() => onOpen(r)}>
          <View className="child-head">
            <Text className="child-name">{r.name}</Text>
            <Text className="muted" aria-hidden>
              ›
            </Text>
          </View>
          <View className="child-facts">
            {fact(`${r.veterans} 人`)}
            {fact(`建档 ${(r.filingRate * 100).toFixed(0)}%`)}
            {fact(`走访 ${r.visits} 次 ${yuan(r.visitValueFen)}`)}
            {fact(`补助 ${r.subsidies} 笔`)}
            {fact(`活动 ${r.activities} 场`)}
            {fact(`志愿 ${hoursOf(r.serviceMinutes)} 小时`)}
            {fact(`组织生活 ${r.meetings} 次`)}
            {fact(`退役军人网格员 ${r.veteranStaff} 人`)}
          </View>
        </View>
      ))}
    </View>
  );
}
