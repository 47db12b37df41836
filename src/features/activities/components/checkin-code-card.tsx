import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { checkinCode } from '@types-contract/activities/checkin';
import { CHECKIN_WINDOW_SECONDS } from '@types-contract/activities/checkin';
import { useQuery } from '../../../lib/cloud';

/** The rotating code on the organiser's phone: asked again as soon as it changes (every 30 seconds). */
export function CheckinCodeCard({ activityId }: { activityId: string }) {
  const code = useQuery(checkinCode, { activityId });
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const expiresAt = code.data ? Date.parse(code.data.expiresAt) : 0;
  const { retry, loading } = code;
  useEffect(() => {
    if (code.data && !loading && now >= expiresAt) retry();
  }, [now, expiresAt, loading, retry, code.data]);
  const left = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  return (
    <View className="card" data-testid="checkin-code-card">
      <Text className="card-title">签到码</Text>
      {code.error ? <Text className="field-error">{code.error.message}</Text> : null}
      <Text className="checkin-code" data-testid="checkin-code">
        {code.data?.code ?? '······'}
      </Text>
      <Text className="checkin-hint muted">
        请参加者扫码或输入这6位数字签到；每{CHECKIN_WINDOW_SECONDS}秒更换一次{code.data ? `（${left}秒后更换）` : ''}
      </Text>
    </View>
  );
}
