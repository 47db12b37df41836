import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { ViewerView } from '@types-contract/veteran/views';

/** 谁查看了我的档案. */
export function ViewerList({ items }: { items: ViewerView[] }) {
  return (
    <View className="card" data-testid="viewer-list">
      <Text className="card-title">谁查看了我的档案</Text>
      {items.length === 0 ? <Text className="text-block muted">暂无工作人员查看记录。</Text> : null}
      {items.map((v, i) => (
        <View key={`${v.at}-${i}`} className="history-item">
          <Text className="text-block">
            {dayjs(v.at).add(8, 'hour').format('YYYY-MM-DD HH:mm')} {v.who} {v.what}
          </Text>
          {v.reason ? <Text className="muted">原因：{v.reason}</Text> : null}
        </View>
      ))}
    </View>
  );
}
