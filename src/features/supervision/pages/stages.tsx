import '../supervision.css';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { listStages, STAGE_DAYS, saveStage } from '@types-contract/supervision/recruitment';
import { pickerDays } from '../../../lib/time/picker-days';
import { STAGE_KINDS, STAGE_LABELS, type StageKind } from '@types-contract/supervision/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ChoiceField } from '../../../components/choice-field';
import { DateField } from '../../../components/date-field';
import { nowWithOffset } from '../../../lib/time/format';
import { BusyButton } from '../../../components/busy-button';

/** The office sets this year's recruitment stages (supervisors report against them). */
export default function StagesPage() {
  const year = Number(nowWithOffset().slice(0, 4));
  const stages = useQuery(listStages, { year });
  const save = useAction(saveStage);
  const [kind, setKind] = useState<StageKind | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const errors = save.error?.fieldErrors ?? {};
  const send = async () => {
    if (await save.run({ year, kind: kind ?? ('' as StageKind), startsOn, endsOn })) stages.retry();
  };
  return (
    <PageShell>
      <QueryView query={stages}>
        {({ items }) => (
          <View className="card">
            <Text className="card-title">{year}年征兵阶段</Text>
            {items.length ? (
              items.map((s) => (
                <View key={s.id} className="list-item">
                  <Text>{s.label}</Text>
                  <Text className="muted">
                    {s.startsOn} 至 {s.endsOn}
                  </Text>
                </View>
              ))
            ) : (
              <Text className="text-block muted">还没有设置阶段</Text>
            )}
          </View>
        )}
      </QueryView>
      <View className="card">
        <Text className="card-title">设置阶段时间</Text>
        <ChoiceField
          name="kind"
          label="阶段"
          options={STAGE_KINDS.map((k) => ({ value: k, label: STAGE_LABELS[k] }))}
          value={kind}
          error={errors.kind}
          onChange={setKind}
        />
        <DateField
          name="startsOn"
          label="开始"
          value={startsOn}
          {...pickerDays(STAGE_DAYS)}
          error={errors.startsOn}
          onChange={setStartsOn}
        />
        <DateField
          name="endsOn"
          label="结束"
          value={endsOn}
          {...pickerDays(STAGE_DAYS)}
          error={errors.endsOn}
          onChange={setEndsOn}
        />
        <BusyButton className="btn btn-primary" busy={save.loading} onClick={() => void send()}>
          保存
        </BusyButton>
      </View>
    </PageShell>
  );
}
