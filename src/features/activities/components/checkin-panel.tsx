import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { checkIn, checkInByScan, NOT_A_CHECKIN_QR } from '@types-contract/activities/checkin';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';
import { CAN_SCAN, scanCheckinCode } from '../scan-checkin-code';
import { scannedCheckinToken } from '../checkin-qr';
import { BusyButton } from '../../../components/busy-button';

/** On site: scan the QR code on the organiser's phone (weapp) or type its six digits. */
export function CheckinPanel({ activityId, onDone }: { activityId: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [scanError, setScanError] = useState<string | null>(null);
  const typed = useAction(checkIn);
  const scanned = useAction(checkInByScan);
  const done = () => {
    void Taro.showToast({ title: '签到成功', icon: 'success' });
    onDone();
  };
  const submit = async () => {
    setScanError(null);
    scanned.reset();
    if (await typed.run({ activityId, code })) done();
  };
  const scan = async () => {
    const result = await scanCheckinCode();
    if (result === null) return;
    typed.reset();
    const token = scannedCheckinToken(result);
    setScanError(token ? null : NOT_A_CHECKIN_QR);
    if (token && (await scanned.run({ activityId, token }))) done();
  };
  const error = scanError ?? scanned.error?.message ?? typed.error?.message;
  return (
    <View className="card" data-testid="checkin-panel">
      <Text className="card-title">现场签到</Text>
      {CAN_SCAN ? (
        <BusyButton
          className="btn btn-primary"
          data-testid="scan-checkin"
          busy={scanned.loading}
          onClick={() => void scan()}
        >
          扫描组织者的签到码
        </BusyButton>
      ) : null}
      <TextField
        name="checkin-code"
        label="或输入组织者手机上的6位签到码"
        type="number"
        maxlength={6}
        value={code}
        placeholder="6位数字"
        error={error}
        onChange={setCode}
      />
      <BusyButton
        className={`btn ${CAN_SCAN ? 'btn-plain' : 'btn-primary'}`}
        data-testid="submit-checkin"
        busy={typed.loading}
        onClick={() => void submit()}
      >
        签到
      </BusyButton>
    </View>
  );
}
