import { Image, Text, View } from '@tarojs/components';
import type { ActivityView } from '@types-contract/activities/manage';
import { shortDate } from '../../../lib/time/format';

/** The organiser's summary once written. */
export function SummaryView({ summary }: { summary: NonNullable<ActivityView['summary']> }) {
  return (
    <View className="card" data-testid="activity-summary">
      <Text className="card-title">活动小结</Text>
      <Text className="text-block">{summary.text}</Text>
      {summary.peopleReached !== null ? <Text className="text-block">覆盖人数：{summary.peopleReached}人</Text> : null}
      {summary.photoUrls.length ? (
        <View className="photo-strip" data-testid="summary-photos">
          {summary.photoUrls.map((src, i) => (
            <Image key={src} className="request-photo" src={src} mode="aspectFill" ariaLabel={`活动照片${i + 1}`} />
          ))}
        </View>
      ) : null}
      <Text className="muted">
        {summary.byName} · {shortDate(summary.at)}
      </Text>
    </View>
  );
}
