import '../activities.css';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import {
  HONOUR_KIND_LABELS,
  HONOUR_KINDS,
  type HonourKind,
  recordVolunteerHonour,
} from '@types-contract/activities/honours';
import { PageShell } from '../../../app-shell/page-shell';
import { ChoiceChips } from '../../../components/choice-chips';
import { DateField } from '../../../components/date-field';
import { FieldError } from '../../../components/field-error';
import { TextField } from '../../../components/text-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { dayFromToday } from '../../../lib/time/format';
import { BusyButton } from '../../../components/busy-button';

/** Fields the form shows their own errors under; any other error (the volunteer, the unit) goes above 保存. */
const FORM_FIELDS = new Set(['kind', 'title', 'date', 'hours']);

/**
 * Staff of the organising node record a training a volunteer attended (with its hours) or an award they
 * received; it shows on the volunteer's record page and on the certificates the node issues afterwards.
 */
export default function VolunteerHonourPage() {
  const params = useRouter().params;
  const veteranId = params.veteranId ?? '';
  const issuerOrgId = params.orgId ?? '';
  const name = decodeURIComponent(params.name ?? '');
  const [kind, setKind] = useState<HonourKind>('training');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(dayFromToday(0));
  const [hours, setHours] = useState('');
  const save = useAction(recordVolunteerHonour);
  const err = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    const input = {
      veteranId,
      issuerOrgId,
      kind,
      title,
      date,
      ...(kind === 'training' ? { hours: Number(hours) } : {}),
    };
    if (await save.run(input)) {
      void Taro.showToast({ title: '已记录', icon: 'success' });
      setTitle('');
      setHours('');
    }
  };
  return (
    <PageShell>
      <View className="card" data-testid="honour-form">
        <Text className="card-title">记录{name}的培训或表彰</Text>
        <Text className="text-block muted">记录后显示在志愿者的服务记录里，本单位此后出具的证明一并载明。</Text>
        <ChoiceChips
          name="honour-kind"
          label="类别"
          options={HONOUR_KINDS}
          labels={HONOUR_KIND_LABELS}
          value={kind}
          error={err('kind')}
          onChange={setKind}
        />
        <TextField
          name="honour-title"
          label={kind === 'training' ? '培训名称' : '表彰名称'}
          value={title}
          maxlength={40}
          placeholder={kind === 'training' ? '例如：应急救护培训' : '例如：优秀志愿者'}
          error={err('title')}
          onChange={setTitle}
        />
        <DateField
          name="honour-date"
          label="日期"
          value={date}
          end={dayFromToday(0)}
          error={err('date')}
          onChange={setDate}
        />
        {kind === 'training' ? (
          <TextField
            name="honour-hours"
            label="培训时长（小时）"
            type="number"
            value={hours}
            placeholder="例如 2"
            error={err('hours')}
            onChange={setHours}
          />
        ) : null}
        <FieldError name="honour" error={errorBeside(save.error, [...FORM_FIELDS])} />
        <BusyButton
          className="btn btn-primary"
          data-testid="save-honour"
          busy={save.loading}
          onClick={() => void submit()}
        >
          保存
        </BusyButton>
      </View>
    </PageShell>
  );
}
