import { Picker, Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface DateFieldProps {
  /** The field's name; also the test id of the shown date. */
  name: string;
  label: string;
  /** YYYY-MM-DD, or '' before one is chosen. */
  value: string;
  start?: string;
  end?: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled calendar day (YYYY-MM-DD) with the platform's date picker, and its error underneath. */
export function DateField({ name, label, value, start, end, error, onChange }: DateFieldProps) {
  return (
    <View className="field" data-field={name}>
      <Picker mode="date" value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View>
          <Text className="field-label">{label}</Text>
          <View className="field-input row">
            <Text data-testid={name}>{value || '请选择日期'}</Text>
          </View>
        </View>
      </Picker>
      <FieldError name={name} error={error} />
    </View>
  );
}
