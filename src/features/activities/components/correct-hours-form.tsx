import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { correctHours } from '@types-contract/activities/corrections';
import { TextField } from '../../../components/text-field';
import { useAction, errorOn } from '../../../lib/cloud';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  activityId: string;
  signupId: string;
  name: string;
  hours: number;
  onDone: () => void;
}

/** Corrects one person's recorded hours with a reason; the change is kept on record. */
export function CorrectHoursForm({ activityId, signupId, name, hours, onDone }: Props) {
  const [value, setValue] = useState(String(hours));
  const [reason, setReason] = useState('');
  const fix = useAction(correctHours);
  const err = (f: string) => errorOn(fix.error, f);
  const submit = async () => {
    if (await fix.run({ activityId, signupId, hours: Number(value), reason })) {
      void Taro.showToast({ title: '已更正', icon: 'success' });
      onDone();
    }
  };
  return (
    <View className="correct-form" data-testid={`correct-${name}`}>
      <TextField
        name="corrected-hours"
        label={`${name}的服务时长（小时）`}
        type="number"
        value={value}
        placeholder="例如 2.5"
        error={err('hours') ?? (fix.error && !fix.error.field ? fix.error.message : undefined)}
        onChange={setValue}
      />
      <TextField
        name="correction-reason"
        label="更正原因"
        value={reason}
        maxlength={200}
        placeholder="例如：实际服务到12点，少登记了1小时"
        error={err('reason')}
        onChange={setReason}
      />
      <BusyButton
        className="btn btn-primary"
        data-testid="save-correction"
        busy={fix.loading}
        onClick={() => void submit()}
      >
        保存更正
      </BusyButton>
    </View>
  );
}
