import { Text, View } from '@tarojs/components';
import type { ActivityCardItem } from '@types-contract/groups/views';
import { shortDate } from '../../../lib/time/format';

/** An activity for this group's members: what, where, when, and a tap to sign up on its page. */
export function ActivityCard({ item, onOpen }: { item: ActivityCardItem; onOpen: (activityId: string) => void }) {
  if (item.cancelled) return <Text className="msg-recalled">一项活动已取消</Text>;
  return (
    <View className="card notice-card" data-testid="activity-card" onClick={() => onOpen(item.activityId)}>
      <Text className="tag">{item.kindLabel}</Text>
      <Text className="card-title">{item.title}</Text>
      <Text className="text-block">
        时间：{shortDate(item.startAt)}
        {'\n'}地点：{item.place}
        {'\n'}名额：{item.capacity}人
      </Text>
      <Text className="muted">{item.organiserName} 组织 · 查看并报名 ›</Text>
    </View>
  );
}
