import { Input, Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  placeholder: string;
  error?: string;
  type?: 'text' | 'number' | 'idcard';
  maxlength?: number;
  onChange: (value: string) => void;
}

/** A labelled input with its error underneath, in words the user can act on. */
export function TextField({
  name,
  label,
  value,
  placeholder,
  error,
  type = 'text',
  maxlength,
  onChange,
}: TextFieldProps) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <Input
        className="field-input"
        name={name}
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError name={name} error={error} />
    </View>
  );
}
