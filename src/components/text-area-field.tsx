import { Text, Textarea, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  placeholder: string;
  maxlength: number;
  error?: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line input with a character count and its error underneath. */
export function TextAreaField({ name, label, value, placeholder, maxlength, error, onChange }: TextAreaFieldProps) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <Textarea
        className="field-input field-textarea"
        name={name}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className="muted">
        {value.length}/{maxlength}
      </Text>
      <FieldError name={name} error={error} />
    </View>
  );
}
