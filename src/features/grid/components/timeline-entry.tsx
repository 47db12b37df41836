import { Button, Image, Text, View } from '@tarojs/components';
import type { TimelineItem } from '@types-contract/groups/views';
import { shortDate } from '../../../lib/time/format';
import { ActivityCard } from './activity-card';
import { MessageText } from './message-text';

interface Props {
  item: TimelineItem;
  imageUrl?: string;
  now: number;
  onOpenNotice: (noticeId: string) => void;
  onOpenActivity: (activityId: string) => void;
  onRecall: (key: string) => void;
}

/** One timeline entry. Message text is rendered as text: markup in it is shown, never interpreted. */
export function TimelineEntry({ item, imageUrl, now, onOpenNotice, onOpenActivity, onRecall }: Props) {
  if (item.type === 'activity') return <ActivityCard item={item} onOpen={onOpenActivity} />;
  if (item.type === 'notice') {
    if (item.withdrawn) return <Text className="msg-recalled">一条通知已被撤回</Text>;
    return (
      <View className="card notice-card" data-testid="notice-card" onClick={() => onOpenNotice(item.id)}>
        <Text className="tag">{item.category}</Text>
        <Text className="card-title">{item.title}</Text>
        <Text className="text-block">{item.summary}</Text>
        <Text className="muted">
          {item.publisherLabel} · {item.scopeName} · {shortDate(item.createdAt)}
          {item.editedBy ? ` · 由${item.editedBy}修改` : ''}
          {item.requireAck ? ' · 需确认' : ''}
          {item.imageCount ? ` · 图片${item.imageCount}张` : ''} · 查看详情 ›
        </Text>
      </View>
    );
  }
  if (item.recalled)
    return (
      <Text className="msg-recalled" data-testid="recalled">
        {item.mine ? '你' : item.senderName}撤回了一条消息
      </Text>
    );
  const canRecall = item.recallableUntil !== null && Date.parse(item.recallableUntil) > now;
  return (
    <View className={`msg ${item.mine ? 'msg-mine' : ''}`} data-testid="message">
      <Text className="msg-meta">
        {item.senderName}
        {item.senderLabel ? `（${item.senderLabel}）` : ''} {shortDate(item.createdAt)}
      </Text>
      <View className="msg-bubble">
        {item.kind === 'image' ? (
          imageUrl ? (
            <Image className="msg-image" src={imageUrl} mode="aspectFill" />
          ) : (
            <Text className="muted">[图片加载中]</Text>
          )
        ) : null}
        {item.text ? <MessageText text={item.text} mentions={item.mentions} /> : null}
      </View>
      {canRecall ? (
        <Button className="btn btn-plain btn-small" onClick={() => onRecall(item.key)}>
          撤回
        </Button>
      ) : null}
    </View>
  );
}
