import { Text, View } from '@tarojs/components';
import type { NoticeListItem } from '@types-contract/notices/views';
import { shortDate } from '../../../lib/time/format';

/** One notice in a list: unread dot, category, title, where from, when; 需确认 and revision marks. */
export function NoticeRow({ item, onOpen }: { item: NoticeListItem; onOpen: () => void }) {
  return (
    <View className="list-item" data-testid="notice-row" data-unread={item.unread ? 'true' : 'false'} onClick={onOpen}>
      <View>
        <Text className="text-block">
          {item.unread ? <Text className="unread-dot" data-testid="unread-dot" /> : null}
          <Text className="tag">{item.category}</Text>
          {item.withdrawn ? '（已撤回）' : item.title}
        </Text>
        <Text className="muted">
          {item.publisherLabel} · {shortDate(item.createdAt)}
          {item.revision > 1 ? (item.editedBy ? ` · 由${item.editedBy}修改` : ' · 已修改') : ''}
          {item.imageCount ? ` · 图片${item.imageCount}张` : ''}
          {item.expired ? ' · 已过期' : ''}
          {item.needsMyAck ? ' · 需确认' : ''}
          {item.unread ? ' · 未读' : ''}
        </Text>
      </View>
      <Text className="muted">›</Text>
    </View>
  );
}
