import { Text, View } from '@tarojs/components';
import type { StatsRow } from '@types-contract/ledger/search';

const percent = (r: number) => `${(r * 100).toFixed(1)}%`;

/** 建档率 and key-group counts, one line per area below, the total first. */
export function StatsTable({ total, rows }: { total: StatsRow; rows: StatsRow[] }) {
  return (
    <View className="card" data-testid="stats-table">
      <Text className="card-title">
        {total.name} 建档率 {percent(total.rate)}（{total.complete}/{total.known}）
      </Text>
      <Text className="text-block">
        80岁以上 {total.aged80} · 特困 {total.hardship} · 重大贡献 {total.contribution} · 立功受奖 {total.decorated}
      </Text>
      {rows.map((r) => (
        <View key={r.id} className="stats-row">
          <Text>{r.name}</Text>
          <Text>
            {percent(r.rate)} · {r.known}人
          </Text>
        </View>
      ))}
    </View>
  );
}
