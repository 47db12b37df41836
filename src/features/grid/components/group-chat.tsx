import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { groupImageUrls, recallMessage } from '@types-contract/groups/contracts';
import { routeUrl } from '../../../app-shell/route-paths';
import { ErrorView } from '../../../app-shell/error-view';
import { LoadingView } from '../../../app-shell/loading-view';
import { callAction, useAction } from '../../../lib/cloud';
import { useGroupTimeline } from '../use-group-timeline';
import { AnnouncementBar } from './announcement-bar';
import { Composer } from './composer';
import { TimelineEntry } from './timeline-entry';

/** A group, open: announcement on top, the timeline (older on demand), the composer when the caller may post. */
export function GroupChat({ groupId }: { groupId: string }) {
  const t = useGroupTimeline(groupId);
  const recall = useAction(recallMessage);
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);
  // Newest at the bottom, as in a chat: show it when the group opens and whenever a newer entry arrives
  // (the caller's own after 发送, or one polled in), once it is drawn, so the input bar never covers it.
  const newest = t.items[t.items.length - 1]?.key ?? '';
  useEffect(() => {
    if (!newest) return;
    const timer = setTimeout(() => {
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 1e6, duration: 0 })).catch(() => undefined);
    }, 50);
    return () => clearTimeout(timer);
  }, [newest]);
  const missing = t.items.flatMap((it) =>
    it.type === 'message' && it.imageFileId && !urls[it.imageFileId] ? [it.imageFileId] : [],
  );
  useEffect(() => {
    if (!missing.length) return;
    callAction(groupImageUrls, { groupId, fileIds: missing.slice(0, 20) }).then(
      (res) => setUrls((u) => ({ ...u, ...Object.fromEntries(res.items.map((i) => [i.fileId, i.url])) })),
      () => undefined,
    );
  }, [groupId, missing.join(',')]);
  if (t.error) return <ErrorView error={t.error} onRetry={() => Taro.reLaunch({ url: routeUrl('grid') })} />;
  if (!t.group) return <LoadingView />;
  const group = t.group;
  return (
    <View data-testid="group-chat">
      <View className="card">
        <Text className="card-title">{group.name}</Text>
        <Text className="muted">{group.placeName}</Text>
      </View>
      <AnnouncementBar group={group} onChange={t.setGroup} />
      {t.hasMore ? (
        <Button className="btn btn-plain" onClick={() => void t.loadOlder()}>
          查看更早的消息
        </Button>
      ) : null}
      {t.items.length === 0 ? <Text className="msg-recalled">还没有消息</Text> : null}
      {t.items.map((it) => (
        <TimelineEntry
          key={it.key}
          item={it}
          now={now}
          imageUrl={it.type === 'message' && it.imageFileId ? urls[it.imageFileId] : undefined}
          onOpenNotice={(id) => void Taro.navigateTo({ url: `${routeUrl('noticeDetail')}?id=${id}` })}
          onOpenActivity={(id) => void Taro.navigateTo({ url: `${routeUrl('activityDetail')}?id=${id}` })}
          onRecall={(key) => void recall.run({ messageId: key }).then((r) => r && t.add(r.item))}
        />
      ))}
      {recall.error ? <Text className="field-error">{recall.error.message}</Text> : null}
      {group.abilities.canPost ? (
        <Composer groupId={groupId} onSent={t.add} />
      ) : (
        <Text className="msg-recalled">
          {group.announcementsOnly ? '仅公告模式：只有网格员可以发言' : '您可以查看本群，但不能在此发言'}
        </Text>
      )}
    </View>
  );
}
