import '../activities.css';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { verifyCertificate } from '@types-contract/activities/records';
import { PageShell } from '../../../app-shell/page-shell';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { hoursText } from '../hours';
import { BusyButton } from '../../../components/busy-button';

/** Anyone checks a certificate by its number: a masked name, the hours and the issuer, nothing more. */
export default function VerifyCertificatePage() {
  const [number, setNumber] = useState(useRouter().params.number ?? '');
  const check = useAction(verifyCertificate);
  const r = check.data;
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">查验志愿服务记录证明</Text>
        <TextField
          name="certificate-number"
          label="证明编号（16位）"
          value={number}
          maxlength={16}
          placeholder="证明上的编号"
          error={check.error?.message}
          onChange={setNumber}
        />
        <BusyButton
          className="btn btn-primary"
          data-testid="verify-certificate"
          busy={check.loading}
          onClick={() => void check.run({ number })}
        >
          查验
        </BusyButton>
      </View>
      {r ? (
        <View className="card" data-testid="verify-result">
          <Text className="status-ok text-block">证明有效</Text>
          <Text className="text-block">
            志愿者：{r.name}
            {'\n'}累计服务时长：{hoursText(r.totalHours)}
            {'\n'}出具单位：{r.issuerName}
            {'\n'}出具日期：{shanghai(r.issuedAt, 'YYYY年M月D日')}
          </Text>
        </View>
      ) : null}
    </PageShell>
  );
}
