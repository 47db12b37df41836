import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { RequestDetail } from '@types-contract/requests/views';
import { markVisitOccasion } from '@types-contract/requests/visit-occasion';
import { getCareSettings } from '@types-contract/care/tasks';
import { useAction, useQuery } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';

/** For the handler: a request that reveals one of the six mandatory occasions becomes a visit task for the grid. */
export function VisitOccasionCard({ detail }: { detail: RequestDetail }) {
  const [index, setIndex] = useState(0);
  const mark = useAction(markVisitOccasion);
  const settings = useQuery(getCareSettings, {}, { enabled: detail.viewer === 'handler' });
  // The district's occasions (as it configures them), but not 重大节日: a request does not reveal a holiday.
  const OCCASIONS = (settings.data?.occasions ?? []).filter((o) => o.enabled && o.key !== 'holiday');
  if (detail.viewer !== 'handler' || !OCCASIONS.length) return null;
  const done = mark.data;
  return (
    <View className="card" data-testid="visit-occasion">
      <Text className="card-title">六必访</Text>
      <Text className="muted">诉求中反映了重病住院、家庭变故、特别困难等情况时，生成走访任务交网格走访。</Text>
      <Picker
        mode="selector"
        range={OCCASIONS.map((o) => o.label)}
        value={index}
        onChange={(e) => setIndex(Number(e.detail.value))}
      >
        <View className="row">
          <Text>事由</Text>
          <Text className="muted">{OCCASIONS[Math.min(index, OCCASIONS.length - 1)].label} ›</Text>
        </View>
      </Picker>
      {mark.error ? <Text className="field-error">{mark.error.message}</Text> : null}
      {done ? (
        <Text className="text-block" data-testid="visit-task">
          已生成走访任务：{done.occasionLabel}，请于 {shanghai(done.dueAt, 'YYYY-MM-DD')} 前走访
        </Text>
      ) : null}
      <Button
        className="btn btn-plain"
        data-testid="mark-visit-occasion"
        disabled={mark.loading || undefined}
        onClick={() => void mark.run({ id: detail.id, occasion: OCCASIONS[Math.min(index, OCCASIONS.length - 1)].key })}
      >
        生成走访任务
      </Button>
    </View>
  );
}
