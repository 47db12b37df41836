import { Text, View } from '@tarojs/components';
import type { ActivityView } from '@types-contract/activities/manage';
import { FactLine } from '../../../components/fact-line';
import { shortDate } from '../../../lib/time/format';

/** What, where, when and how many: the part of an activity everyone sees. */
export function ActivityFacts({ activity: a }: { activity: ActivityView }) {
  const full = a.signedUp >= a.capacity;
  return (
    <View className="card" data-testid="activity-facts">
      <Text className="tag">
        {a.kindLabel}
        {a.venueLabel ? ` · ${a.venueLabel}` : ''}
      </Text>
      <Text className="card-title">{a.title}</Text>
      <FactLine label="时间">
        <Text>
          {shortDate(a.startAt)} 至 {shortDate(a.endAt)}
        </Text>
      </FactLine>
      <FactLine label="地点">
        <Text>{a.place}</Text>
      </FactLine>
      <FactLine label="组织">
        <Text>{a.organiserName}</Text>
      </FactLine>
      <FactLine label="报名截止">
        <Text>{shortDate(a.signupDeadline)}</Text>
      </FactLine>
      {a.description ? <Text className="text-block">{a.description}</Text> : null}
      <Text className="seat-line" data-testid="seat-line">
        已报名 {a.signedUp} / {a.capacity} 人{a.waitlistCap ? ` · 候补 ${a.waitlisted} / ${a.waitlistCap} 人` : ''}
      </Text>
      {full ? (
        <Text className="status-full">正式名额已满{a.waitlisted < a.waitlistCap ? '，可以候补' : ''}</Text>
      ) : null}
    </View>
  );
}
