import { useEffect, useMemo, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { checkinCode } from '@types-contract/activities/checkin';
import { CHECKIN_WINDOW_SECONDS } from '@types-contract/activities/checkin';
import { useQuery } from '../../../lib/cloud';
import { checkinQrDataUrl } from '../checkin-qr';

/** The rotating code on the organiser's phone: asked again as soon as it changes (every 30 seconds). */
export function CheckinCodeCard({ activityId }: { activityId: string }) {
  const code = useQuery(checkinCode, { activityId });
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  // The phone's deadline for this code: when it arrived plus what the server said was left. Not the server's
  // expiresAt against the phone's clock, which never comes on a phone set a day behind.
  const data = code.data;
  const expiresAt = useMemo(() => (data ? Date.now() + data.secondsLeft * 1000 : 0), [data]);
  const { retry, loading } = code;
  useEffect(() => {
    if (code.data && !loading && now >= expiresAt) retry();
  }, [now, expiresAt, loading, retry, code.data]);
  const left = Math.max(0, Math.min(data?.secondsLeft ?? 0, Math.ceil((expiresAt - now) / 1000)));
  const current = code.data?.code;
  const scanToken = code.data?.scanToken;
  const qr = useMemo(() => (scanToken ? checkinQrDataUrl(scanToken) : null), [scanToken]);
  return (
    <View className="card" data-testid="checkin-code-card">
      <Text className="card-title">签到码</Text>
      {code.error ? <Text className="field-error">{code.error.message}</Text> : null}
      {qr ? (
        <View className="checkin-qr-frame">
          <Image
            className="checkin-qr"
            src={qr}
            mode="aspectFit"
            ariaLabel={`签到二维码，签到码 ${current}`}
            // H5 renders an <img> inside taro-image-core: its alt comes through nativeProps.
            nativeProps={{ alt: `签到二维码，签到码 ${current}` }}
            data-testid="checkin-qr"
            data-code={current}
          />
        </View>
      ) : null}
      <Text className="checkin-code" data-testid="checkin-code">
        {code.data?.code ?? '······'}
      </Text>
      <Text className="checkin-hint muted">
        请参加者在活动页点“扫描组织者的签到码”扫描二维码，或输入这6位数字签到；每{CHECKIN_WINDOW_SECONDS}秒更换一次
        {code.data ? `（${left}秒后更换）` : ''}
      </Text>
    </View>
  );
}
