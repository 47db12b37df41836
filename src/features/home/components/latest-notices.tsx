import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listNotices } from '@types-contract/notices/contracts';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery } from '../../../lib/cloud';
import { shortDate } from '../../../lib/time/format';

/** The three latest notices reaching me, unread marked; the rest on the 通知 tab. */
export function LatestNotices() {
  const list = useQuery(listNotices, { limit: 3 });
  const items = list.data?.items ?? [];
  return (
    <View className="card" data-testid="latest-notices">
      <Text className="card-title">最新通知{list.data?.unread ? `（${list.data.unread}条未读）` : ''}</Text>
      {list.data && items.length === 0 ? <Text className="text-block muted">暂时没有通知。</Text> : null}
      {list.error ? <Text className="field-error">{list.error.message}</Text> : null}
      {items.map((n) => (
        <View
          key={n.id}
          className="list-item"
          onClick={() => void Taro.navigateTo({ url: `${routeUrl('noticeDetail')}?id=${n.id}` })}
        >
          <View>
            <Text className="text-block">
              {n.unread ? <Text className="unread-dot" /> : null}
              {n.title}
            </Text>
            <Text className="muted">
              {n.category} · {shortDate(n.createdAt)}
            </Text>
          </View>
          <Text className="muted">›</Text>
        </View>
      ))}
      <Button className="btn btn-plain btn-small" onClick={() => void Taro.switchTab({ url: routeUrl('notices') })}>
        全部通知
      </Button>
    </View>
  );
}
