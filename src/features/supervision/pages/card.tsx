import '../supervision.css';
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { bindSupervisor, mySupervisorCards } from '@types-contract/supervision/appointments';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { TextField } from '../../../components/text-field';
import { SupervisorCertificate } from '../components/supervisor-card';
import { BusyButton } from '../../../components/busy-button';

/** 持证上岗: the supervisor's certificates; a newly appointed person binds here with their code. */
export default function CardPage() {
  const cards = useQuery(mySupervisorCards, {});
  const bind = useAction(bindSupervisor);
  const [code, setCode] = useState('');
  useEffect(() => {
    if (bind.data) cards.retry();
  }, [bind.data]);
  return (
    <PageShell>
      <QueryView query={cards}>
        {({ items }) => (
          <>
            {items.map((c) => (
              <SupervisorCertificate key={c.supervisorId} card={c} />
            ))}
          </>
        )}
      </QueryView>
      <View className="card">
        <Text className="card-title">绑定监督员聘任</Text>
        <Text className="text-block muted">受聘后，输入聘任单位给您的绑定码。</Text>
        <TextField
          name="code"
          label="绑定码"
          value={code}
          placeholder="8位绑定码"
          error={bind.error?.message}
          onChange={setCode}
        />
        <BusyButton className="btn btn-plain" busy={bind.loading} onClick={() => void bind.run({ code })}>
          绑定
        </BusyButton>
      </View>
    </PageShell>
  );
}
