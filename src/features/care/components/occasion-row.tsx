import { Input, Text, View } from '@tarojs/components';
import type { OccasionSetting } from '@types-contract/care/model';
import { AppSwitch } from '../../../components/app-switch';

/** One occasion of the six-mandatory-visit rule: its name, days to visit, on or off. */
export function OccasionRow({
  value,
  error,
  onChange,
}: {
  value: OccasionSetting;
  error?: string;
  onChange: (v: OccasionSetting) => void;
}) {
  return (
    <View className="figures-row" data-testid={`occasion-${value.key}`}>
      <View className="row">
        <Input
          className="field-input"
          name={`label-${value.key}`}
          value={value.label}
          maxlength={20}
          nativeProps={{ 'aria-label': '走访事由名称' }}
          onInput={(e) => onChange({ ...value, label: e.detail.value })}
        />
        <AppSwitch
          label={`启用${value.label}`}
          checked={value.enabled}
          onChange={(enabled) => onChange({ ...value, enabled })}
        />
      </View>
      <View className="row">
        <Text className="text-block">应在几天内走访</Text>
        <Input
          className="field-input field-input-narrow"
          name={`days-${value.key}`}
          type="number"
          value={String(value.dueDays)}
          nativeProps={{ 'aria-label': `${value.label}：应在几天内走访` }}
          onInput={(e) => onChange({ ...value, dueDays: Number(e.detail.value || 0) })}
        />
      </View>
      {error ? <Text className="field-error">{error}</Text> : null}
    </View>
  );
}
