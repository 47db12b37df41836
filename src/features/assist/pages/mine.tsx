import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { applyAssistance, myApplications } from '@types-contract/assist/applications';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery } from '../../../lib/cloud';
import { ApplicationCard } from '../components/application-card';

/** A veteran applies for a temporary hardship subsidy and follows each step of it. */
export default function MyApplicationsPage() {
  const list = useQuery(myApplications, {});
  const apply = useAction(applyAssistance);
  const [situation, setSituation] = useState('');
  const [amount, setAmount] = useState('');
  const err = (f: string) => (apply.error?.field === f ? apply.error.message : undefined);
  const submit = async () => {
    const done = await apply.run({ situation, askedFen: Math.round(Number(amount || '0') * 100) });
    if (done) {
      void Taro.showToast({ title: '已提交', icon: 'success' });
      setSituation('');
      setAmount('');
      list.retry();
    }
  };
  return (
    <PageShell>
      <View className='card'>
        <Text className='card-title'>申请临时困难补助</Text>
        <View className='field'>
          <Text className='field-label'>困难情况</Text>
          <Textarea className='field-input' name='situation' value={situation} placeholder='请说明遇到的困难（至少10个字）' onInput={(e) => setSituation(e.detail.value)} />
          {err('situation') ? <Text className='field-error'>{err('situation')}</Text> : null}
        </View>
        <TextField name='amount' label='申请金额（元）' type='number' value={amount} placeholder='例如 2000' error={err('askedFen')} onChange={setAmount} />
        {apply.error && !apply.error.field ? <Text className='field-error'>{apply.error.message}</Text> : null}
        <Button className='btn btn-primary' disabled={apply.loading} onClick={() => void submit()}>提交申请</Button>
      </View>
      <QueryView query={list}>
        {({ items }) => (items.length ? <>{items.map((a) => <ApplicationCard key={a.id} app={a} />)}</> : <View className='card'><Text className='text-block'>还没有申请记录。</Text></View>)}
      </QueryView>
    </PageShell>
  );
}
