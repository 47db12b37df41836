import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CAMPAIGN_DAYS, createCampaign } from '@types-contract/care/coverage';
import { pickerDays } from '../../../lib/time/picker-days';
import { ChoiceChips } from '../../../components/choice-chips';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { day } from '../../../lib/time/format';
import { FieldError } from '../../../components/field-error';

const TARGETS = ['key_groups', 'all'] as const;
const DAY = 86_400_000;

/** Starts a visit campaign (大走访) over the staff member's own jurisdiction. */
export function CampaignForm({ org, onCreated }: { org: { id: string; name: string }; onCreated: () => void }) {
  const today = day(new Date());
  const [name, setName] = useState('');
  const [startDate, setStart] = useState(today);
  const range = pickerDays(CAMPAIGN_DAYS);
  const [endDate, setEnd] = useState(day(new Date(Date.now() + 30 * DAY)));
  const [target, setTarget] = useState<(typeof TARGETS)[number]>('key_groups');
  const create = useAction(createCampaign);
  const err = (f: string) => errorOn(create.error, f);
  const submit = async () => {
    const out = await create.run({ name, orgId: org.id, startDate, endDate, target });
    if (out) {
      void Taro.showToast({ title: `已发起，${out.targets} 人`, icon: 'success' });
      setName('');
      onCreated();
    }
  };
  return (
    <View className="card" data-testid="campaign-form">
      <Text className="card-title">发起大走访 · {org.name}</Text>
      <TextField
        name="campaign-name"
        label="活动名称"
        value={name}
        placeholder="例如：春节重点人群大走访"
        error={err('name')}
        onChange={setName}
      />
      <DateField name="campaign-start" label="开始日期" value={startDate} {...range} onChange={setStart} />
      <DateField
        name="campaign-end"
        label="结束日期"
        value={endDate}
        start={startDate && startDate > range.start ? startDate : range.start}
        end={range.end}
        error={err('endDate')}
        onChange={setEnd}
      />
      <ChoiceChips
        name="campaign-target"
        label="走访对象（发起时确定名单）"
        options={TARGETS}
        labels={{ key_groups: '重点人群', all: '全体在册退役军人' }}
        value={target}
        onChange={setTarget}
      />
      <FieldError name="campaign" error={errorBeside(create.error, ['name', 'endDate'])} />
      <Button
        className="btn btn-primary"
        data-testid="campaign-create"
        disabled={create.loading || undefined}
        onClick={() => void submit()}
      >
        发起
      </Button>
    </View>
  );
}
