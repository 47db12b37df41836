import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listNotices, noticeScopes } from '@types-contract/notices/contracts';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery } from '../../../lib/cloud';
import { useTabBadges } from '../../../lib/badges/use-tab-badges';
import { NoticeRow } from '../components/notice-row';
import { SubscribeCard } from '../components/subscribe-card';

/** 通知: the notices reaching me (grid, community, street, district), unread marked; publishers publish from here. */
export default function NoticesPage() {
  const [mine, setMine] = useState(false);
  const list = useQuery(listNotices, { mine });
  const scopes = useQuery(noticeScopes, {});
  const badges = useTabBadges();
  useDidShow(() => {
    list.retry();
    badges.refresh();
  });
  const canPublish = (scopes.data?.items.length ?? 0) > 0;
  return (
    <PageShell>
      {canPublish ? (
        <View className="card">
          <Button className="btn btn-primary" onClick={() => void Taro.navigateTo({ url: routeUrl('noticePublish') })}>
            发布通知
          </Button>
          <Button className="btn btn-plain" onClick={() => setMine(!mine)}>
            {mine ? '查看收到的通知' : '查看我发布的通知'}
          </Button>
        </View>
      ) : null}
      <QueryView query={list}>
        {({ items, unread }) => (
          <View className="card" data-testid="notice-list">
            <Text className="card-title">
              {mine ? '我发布的通知' : `通知公告${unread ? `（${unread}条未读）` : ''}`}
            </Text>
            {items.length === 0 ? <Text className="text-block muted">暂时没有通知。</Text> : null}
            {items.map((n) => (
              <NoticeRow
                key={n.id}
                item={n}
                onOpen={() => void Taro.navigateTo({ url: `${routeUrl('noticeDetail')}?id=${n.id}` })}
              />
            ))}
          </View>
        )}
      </QueryView>
      <SubscribeCard />
    </PageShell>
  );
}
