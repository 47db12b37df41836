import { Picker, Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface PickerFieldProps {
  label: string;
  testId: string;
  options: { value: string; label: string }[];
  value: string | null;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled choice from a list (the platform's picker), showing 请选择 until one is chosen. */
export function PickerField({ label, testId, options, value, error, onChange }: PickerFieldProps) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.label)}
      value={Math.max(0, index)}
      onChange={(e) => onChange(options[Number(e.detail.value)].value)}
    >
      <View className="field">
        <Text className="field-label">{label}</Text>
        <Text className="field-input picker-value" data-testid={testId}>
          {index >= 0 ? options[index].label : '请选择'}
        </Text>
        <FieldError error={error} />
      </View>
    </Picker>
  );
}
