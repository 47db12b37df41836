import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { hoursCorrections } from '@types-contract/activities/corrections';
import { useQuery } from '../../../lib/cloud';
import { shortDate } from '../../../lib/time/format';
import { hoursText } from '../hours';

/** Every correction of this activity's hours: who changed whose hours, from what to what, and why. */
export function CorrectionsCard({ activityId, version }: { activityId: string; version: number }) {
  const list = useQuery(hoursCorrections, { activityId });
  const { retry } = list;
  // Asked again after each correction made on the page (version counts them).
  useEffect(() => {
    if (version > 0) retry();
  }, [version, retry]);
  const items = list.data?.items ?? [];
  if (!items.length) return null;
  return (
    <View className="card" data-testid="corrections">
      <Text className="card-title">时长更正记录</Text>
      {items.map((c) => (
        <Text key={`${c.at}-${c.name}`} className="text-block">
          {c.name}：{hoursText(c.beforeHours)} → {hoursText(c.afterHours)}，{c.reason}（{c.byName}，{shortDate(c.at)}）
        </Text>
      ))}
    </View>
  );
}
