import { Text, View } from '@tarojs/components';
import { mySubscriptions, recordSubscription } from '@types-contract/notify/subscriptions';
import type { TemplateKey } from '@types-contract/notify/templates';
import { useAction, useQuery } from '../../../lib/cloud';
import { requestSubscribe } from '../../../lib/notify/request-subscribe';
import { BusyButton } from '../../../components/busy-button';

const WANTED: TemplateKey[] = ['notice', 'mention'];

/** 通知提醒: how many one-time authorisations are left, and a tap that asks WeChat for more. */
export function SubscribeCard() {
  const subs = useQuery(mySubscriptions, {});
  const record = useAction(recordSubscription);
  const items = (record.data ?? subs.data)?.items.filter((i) => WANTED.includes(i.key)) ?? [];
  const ask = async () => {
    const answers = await requestSubscribe(items.map((i) => i.templateId));
    const results = Object.fromEntries(items.map((i) => [i.key, answers[i.templateId] ?? 'reject']));
    await record.run({ results });
  };
  if (!items.length) return null;
  return (
    <View className="card" data-testid="subscribe-card">
      <Text className="card-title">微信提醒</Text>
      <Text className="muted">每授权一次，有新通知或有人@您时可收到一条微信提醒。</Text>
      {items.map((i) => (
        <Text key={i.key} className="text-block">
          {i.title}：剩余 {i.remaining} 次
        </Text>
      ))}
      {record.error ? <Text className="field-error">{record.error.message}</Text> : null}
      <BusyButton className="btn btn-plain" busy={record.loading} onClick={() => void ask()}>
        开启提醒
      </BusyButton>
    </View>
  );
}
