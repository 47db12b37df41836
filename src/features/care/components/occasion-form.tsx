import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { getCareSettings, recordOccasion } from '@types-contract/care/tasks';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorBeside, errorOn } from '../../../lib/cloud';
import { day } from '../../../lib/time/format';
import { FieldError } from '../../../components/field-error';

/** 登记六必访事由: the grid member records an occasion (住院, 变故, 纠纷...); a visit task with its due date follows. */
export function OccasionForm({ veteranId, onRecorded }: { veteranId: string; onRecorded: () => void }) {
  const settings = useQuery(getCareSettings, {});
  const record = useAction(recordOccasion);
  const [occasion, setOccasion] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const submit = async () => {
    const out = await record.run({ veteranId, occasion: occasion ?? '', note });
    if (out) {
      void Taro.showModal({
        title: '已生成走访任务',
        content: `请于 ${day(out.dueAt)} 前走访。`,
        showCancel: false,
      });
      setOccasion(null);
      setNote('');
      onRecorded();
    }
  };
  return (
    <View className="field" data-testid="occasion-form">
      <Text className="field-label">登记六必访事由</Text>
      <View className="chips">
        {(settings.data?.occasions ?? [])
          .filter((o) => o.enabled)
          .map((o) => (
            <Button
              key={o.key}
              className={`btn btn-small chip ${occasion === o.key ? 'btn-primary' : 'btn-plain'}`}
              data-testid={`occasion-${o.key}`}
              onClick={() => setOccasion(o.key)}
            >
              {o.label}（{o.dueDays}天内）
            </Button>
          ))}
      </View>
      <TextField
        name="occasion-note"
        label="情况说明（选填）"
        value={note}
        placeholder="例如：3月2日因肺炎住院"
        error={errorOn(record.error, 'note')}
        onChange={setNote}
      />
      <FieldError name="occasion" error={errorBeside(record.error, ['note'])} />
      <Button
        className="btn btn-plain"
        data-testid="record-occasion"
        disabled={record.loading || !occasion || undefined}
        onClick={() => void submit()}
      >
        登记并生成走访任务
      </Button>
    </View>
  );
}
