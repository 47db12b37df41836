import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { ACTOR_KIND_LABELS, type HistoryView } from '@types-contract/veteran/views';

/** Every change of a file: who, when, before and after (numbers masked). */
export function HistoryList({ items }: { items: HistoryView[] }) {
  return (
    <View className="card" data-testid="history-list">
      <Text className="card-title">变更记录</Text>
      {items.length === 0 ? <Text className="text-block muted">暂无变更记录。</Text> : null}
      {items.map((h) => (
        <View key={h.id} className="history-item">
          <Text className="text-block">
            {dayjs(h.at).add(8, 'hour').format('YYYY-MM-DD HH:mm')} {h.action} · {h.actorName}（
            {ACTOR_KIND_LABELS[h.actorKind]}
            {h.onBehalf ? '，代办' : ''}）
          </Text>
          {h.changes.map((c) => (
            <Text key={c.label} className="text-block">
              {c.label}：{c.before || '未填写'} → {c.after || '未填写'}
            </Text>
          ))}
          {h.note ? <Text className="muted">{h.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
