import { Text, View } from '@tarojs/components';
import { CORRECTION_STATUS_LABELS, type CorrectionView } from '@types-contract/veteran/views';

/** My correction requests and where each one stands. */
export function PendingCorrections({ items }: { items: CorrectionView[] }) {
  if (!items.length) return null;
  return (
    <View className="card" data-testid="my-corrections">
      <Text className="card-title">我的更正申请</Text>
      {items.map((c) => (
        <View key={c.id} className="history-item">
          <Text className="text-block">
            {c.label}：{c.currentValue || '未填写'} → {c.requestedValue}
          </Text>
          <Text className="text-block">{CORRECTION_STATUS_LABELS[c.status]}</Text>
          {c.note ? <Text className="muted">网格员意见：{c.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
