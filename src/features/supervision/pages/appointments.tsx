import '../supervision.css';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { seatWhere } from '../../../lib/auth/policy';
import {
  appointSupervisor,
  listSupervisors,
  TERM_END_DAYS,
  TERM_START_DAYS,
} from '@types-contract/supervision/appointments';
import { pickerDays } from '../../../lib/time/picker-days';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ChoiceField } from '../../../components/choice-field';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { BusyButton } from '../../../components/busy-button';

/** The appointing body's supervisors, and appointing one (the office's head; an agency's staff). */
export default function AppointmentsPage() {
  const me = useQuery(whoami, {});
  const integrity = seatWhere(me.data, 'supervisor:appoint-integrity');
  const role = integrity ?? seatWhere(me.data, 'supervisor:appoint-conduct');
  const bodyId = role?.orgId ?? '';
  const type = integrity ? ('integrity' as const) : ('conduct' as const);
  const list = useQuery(listSupervisors, { bodyId }, { enabled: Boolean(bodyId) });
  const appoint = useAction(appointSupervisor);
  const [form, setForm] = useState({ name: '', certificateNo: '', termStart: '', termEnd: '', agreementSigned: true });
  const set = (k: keyof typeof form) => (v: string | boolean) => setForm({ ...form, [k]: v });
  const errors = appoint.error?.fieldErrors ?? {};
  const send = async () => {
    if (await appoint.run({ type, bodyId, ...form })) list.retry();
  };
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">聘任监督员</Text>
        <TextField
          name="name"
          label="姓名"
          value={form.name}
          placeholder="监督员姓名"
          error={errors.name}
          onChange={set('name')}
        />
        <TextField
          name="certificateNo"
          label="证书编号"
          value={form.certificateNo}
          placeholder="例如：LZZB2026-038"
          error={errors.certificateNo}
          onChange={set('certificateNo')}
        />
        <DateField
          name="termStart"
          label="任期开始"
          value={form.termStart}
          {...pickerDays(TERM_START_DAYS)}
          error={errors.termStart}
          onChange={set('termStart')}
        />
        <DateField
          name="termEnd"
          label="任期结束"
          value={form.termEnd}
          {...pickerDays(TERM_END_DAYS)}
          error={errors.termEnd}
          onChange={set('termEnd')}
        />
        <ChoiceField
          name="agreementSigned"
          label="监督员协议"
          value={form.agreementSigned ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: '已签订' },
            { value: 'no', label: '未签订' },
          ]}
          onChange={(v) => set('agreementSigned')(v === 'yes')}
        />
        {appoint.error && !appoint.error.field ? <Text className="field-error">{appoint.error.message}</Text> : null}
        <BusyButton className="btn btn-primary" busy={appoint.loading} onClick={() => void send()}>
          聘任
        </BusyButton>
        {appoint.data ? (
          <Text className="text-block ok-text" data-testid="bind-code">
            已聘任。请把绑定码 {appoint.data.bindCode} 交给本人，在“我的监督员证”中绑定。
          </Text>
        ) : null}
      </View>
      <QueryView query={list}>
        {({ items }) => (
          <View className="card">
            <Text className="card-title">已聘任 {items.length} 人</Text>
            {items.map((s) => (
              <View key={s.supervisorId} className="list-item">
                <Text>
                  {s.name} · {s.certificateNo}
                </Text>
                <Text className="muted">
                  {s.termStart} 至 {s.termEnd}
                  {s.inTerm ? '' : '（不在任期）'}
                  {s.bound ? '' : ' · 未绑定'}
                </Text>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
