import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActivityView } from '@types-contract/activities/manage';
import { routeUrl } from '../../../app-shell/route-paths';
import { shortDate } from '../../../lib/time/format';

function mineText(a: ActivityView): string {
  if (a.mine?.status === 'signed') return a.mine.checkedIn ? '已签到' : '已报名';
  if (a.mine?.status === 'waitlisted') return `候补第${a.mine.position}位`;
  return a.organising ? '我组织的' : '';
}

/** One activity in a list: tap to open it. */
export function ActivityRow({ activity: a }: { activity: ActivityView }) {
  const open = () => void Taro.navigateTo({ url: `${routeUrl('activityDetail')}?id=${a.id}` });
  const mine = mineText(a);
  return (
    <View className="list-item list-item-link" data-testid={`activity-${a.id}`} onClick={open}>
      <View>
        <Text className="text-block">
          【{a.kindLabel}】{a.title}
        </Text>
        <Text className="muted">
          {shortDate(a.startAt)} · {a.place} · 已报名{a.signedUp}/{a.capacity}
        </Text>
      </View>
      <Text className={mine ? 'status-ok' : 'muted'}>{mine || '›'}</Text>
    </View>
  );
}
