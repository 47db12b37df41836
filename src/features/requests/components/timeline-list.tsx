import { Image, Text, View } from '@tarojs/components';
import type { TimelineView } from '@types-contract/requests/views';
import { shanghai } from '../../../lib/time/format';

/** Every event of the request, oldest first: who, when, what. Internal notes are marked. */
export function TimelineList({ events }: { events: TimelineView[] }) {
  return (
    <View className="card" data-testid="timeline">
      <Text className="card-title">办理记录</Text>
      {events.map((e) => (
        <View key={e.id} className="timeline-item" data-kind={e.kind}>
          <Text className="muted">
            {shanghai(e.at)} · {e.byName}
            {e.internal ? ' · 内部' : ''}
          </Text>
          <Text className="text-block">{e.text}</Text>
          {e.photoUrls.map((url) => (
            <Image key={url} className="request-photo" src={url} mode="aspectFill" />
          ))}
        </View>
      ))}
    </View>
  );
}
