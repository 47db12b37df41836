import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { decideRegistration, listRegistrations } from '@types-contract/account/registrations';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { RegistrationItem } from '../components/registration-item';

/** The grid team's queue: registrations waiting for them to confirm (binding the file) or reject. */
export default function RegistrationsPage() {
  const list = useQuery(listRegistrations, { status: 'pending' });
  const decide = useAction(decideRegistration);
  const [active, setActive] = useState<string | null>(null);
  const onDecide = async (registrationId: string, decision: 'approve' | 'reject', note: string) => {
    setActive(registrationId);
    const done = await decide.run({ registrationId, decision, note });
    if (done) {
      void Taro.showToast({ title: decision === 'approve' ? '已确认并绑定' : '已驳回', icon: 'success' });
      setActive(null);
      list.retry();
    }
  };
  return (
    <PageShell>
      <QueryView query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <View className="card">
              <Text className="text-block">没有待确认的登记。</Text>
            </View>
          ) : (
            <View>
              {items.map((item) => (
                <RegistrationItem
                  key={item.id}
                  item={item}
                  busy={decide.loading}
                  error={active === item.id ? decide.error?.message : undefined}
                  onDecide={(decision, note) => void onDecide(item.id, decision, note)}
                />
              ))}
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
