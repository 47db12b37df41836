import { Picker, Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface TimeFieldProps {
  /** The field's name; also the test id of the shown time. */
  name: string;
  label: string;
  /** HH:mm. */
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled time of day (HH:mm) with the platform's time picker, and its error underneath (see DateField). */
export function TimeField({ name, label, value, error, onChange }: TimeFieldProps) {
  return (
    <View className="field" data-field={name}>
      <Picker mode="time" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View>
          <Text className="field-label">{label}</Text>
          <View className="field-input row">
            <Text data-testid={name}>{value}</Text>
          </View>
        </View>
      </Picker>
      <FieldError name={name} error={error} />
    </View>
  );
}
