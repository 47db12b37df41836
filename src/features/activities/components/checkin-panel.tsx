import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { checkIn } from '@types-contract/activities/checkin';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';
import { CAN_SCAN, scanCheckinCode } from '../scan-checkin-code';
import { BusyButton } from '../../../components/busy-button';

/** On site: scan the code on the organiser's phone (weapp) or type its six digits. */
export function CheckinPanel({ activityId, onDone }: { activityId: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const send = useAction(checkIn);
  const submit = async (value: string) => {
    if (await send.run({ activityId, code: value })) {
      void Taro.showToast({ title: '签到成功', icon: 'success' });
      onDone();
    }
  };
  const scan = async () => {
    const scanned = await scanCheckinCode();
    if (scanned) await submit(scanned);
  };
  return (
    <View className="card" data-testid="checkin-panel">
      <Text className="card-title">现场签到</Text>
      {CAN_SCAN ? (
        <Button className="btn btn-primary" data-testid="scan-checkin" onClick={() => void scan()}>
          扫描组织者的签到码
        </Button>
      ) : null}
      <TextField
        name="checkin-code"
        label="或输入组织者手机上的6位签到码"
        type="number"
        maxlength={6}
        value={code}
        placeholder="6位数字"
        error={send.error?.message}
        onChange={setCode}
      />
      <BusyButton
        className={`btn ${CAN_SCAN ? 'btn-plain' : 'btn-primary'}`}
        data-testid="submit-checkin"
        busy={send.loading}
        onClick={() => void submit(code)}
      >
        签到
      </BusyButton>
    </View>
  );
}
