import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { updateAssistSettings, type AssistSettingsView } from '@types-contract/assist/settings';
import { yuan } from '@types-contract/common/money';
import { TextField } from '../../../components/text-field';
import { useAction, errorOn } from '../../../lib/cloud';
import { fullDate } from '../../../lib/time/format';
import { fenFromYuan, yuanText } from '../yuan-input';

/** The district's approval limits, in 元, with who changed them and when. */
export function LimitsCard({ settings, onSaved }: { settings: AssistSettingsView; onSaved: () => void }) {
  const save = useAction(updateAssistSettings);
  const [street, setStreet] = useState(yuanText(settings.streetLimitFen));
  const [subsidy, setSubsidy] = useState(yuanText(settings.subsidyMaxFen));
  const [relief, setRelief] = useState(yuanText(settings.reliefMaxFen));
  useEffect(() => {
    setStreet(yuanText(settings.streetLimitFen));
    setSubsidy(yuanText(settings.subsidyMaxFen));
    setRelief(yuanText(settings.reliefMaxFen));
  }, [settings]);
  const on = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    if (
      await save.run({
        streetLimitFen: fenFromYuan(street),
        subsidyMaxFen: fenFromYuan(subsidy),
        reliefMaxFen: fenFromYuan(relief),
      })
    ) {
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    }
  };
  return (
    <View className="card" data-testid="limits-card">
      <Text className="card-title">补助审批权限</Text>
      <TextField
        name="streetLimit"
        label="街道可审批的补助上限（元）"
        type="number"
        value={street}
        placeholder="例如 3000"
        error={on('streetLimitFen')}
        onChange={setStreet}
      />
      <Text className="text-block muted">超过这个金额的临时困难补助须报区退役军人事务局审批。</Text>
      <TextField
        name="subsidyMax"
        label="临时困难补助最高金额（元）"
        type="number"
        value={subsidy}
        placeholder="例如 20000"
        error={on('subsidyMaxFen')}
        onChange={setSubsidy}
      />
      <TextField
        name="reliefMax"
        label="救助专项资金单笔最高金额（元）"
        type="number"
        value={relief}
        placeholder="例如 100000"
        error={on('reliefMaxFen')}
        onChange={setRelief}
      />
      {save.error && !save.error.field ? <Text className="field-error">{save.error.message}</Text> : null}
      <Button
        className="btn btn-primary"
        data-testid="save-limits"
        disabled={save.loading}
        onClick={() => void submit()}
      >
        保存
      </Button>
      <Text className="text-block muted" data-testid="limits-updated">
        {settings.updatedAt
          ? `最近修改：${fullDate(settings.updatedAt)} ${settings.updatedByName ?? ''}`
          : '目前使用默认标准，尚未修改过。'}
      </Text>
      {settings.changes.slice(0, 5).map((c, i) => (
        <View key={i} className="history-item">
          <Text className="text-block muted">
            {fullDate(c.at)} {c.byName}：街道上限 {yuan(c.before.streetLimitFen)} → {yuan(c.after.streetLimitFen)}
            ，补助最高 {yuan(c.before.subsidyMaxFen)} → {yuan(c.after.subsidyMaxFen)}，救助最高{' '}
            {yuan(c.before.reliefMaxFen)} → {yuan(c.after.reliefMaxFen)}
          </Text>
        </View>
      ))}
    </View>
  );
}
