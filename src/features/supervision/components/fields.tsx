import { Input, Picker, Text, Textarea, View } from '@tarojs/components';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
}

function FieldError({ name, error }: { name: string; error?: string }) {
  return error ? (
    <Text className="field-error" data-testid={`error-${name}`}>
      {error}
    </Text>
  ) : null;
}

export function InputField({
  name,
  label,
  error,
  value,
  placeholder,
  onChange,
}: FieldProps & { value: string; placeholder: string; onChange: (v: string) => void }) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <Input
        className="field-input"
        name={name}
        value={value}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError name={name} error={error} />
    </View>
  );
}

export function TextAreaField({
  name,
  label,
  error,
  value,
  placeholder,
  onChange,
}: FieldProps & { value: string; placeholder: string; onChange: (v: string) => void }) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <Textarea
        className="field-input field-textarea"
        name={name}
        value={value}
        placeholder={placeholder}
        maxlength={1000}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError name={name} error={error} />
    </View>
  );
}

/** A choice among labelled options, shown as tappable rows (big targets, nothing hidden). */
export function ChoiceField<T extends string | number>({
  name,
  label,
  error,
  options,
  value,
  onChange,
}: FieldProps & { options: { value: T; label: string }[]; value: T | null; onChange: (v: T) => void }) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      {options.map((o) => (
        <View
          key={String(o.value)}
          className={`list-item choice ${o.value === value ? 'list-item-selected' : ''}`}
          data-testid={`choice-${name}`}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
          <Text>{o.value === value ? '✓' : ''}</Text>
        </View>
      ))}
      <FieldError name={name} error={error} />
    </View>
  );
}

/** A calendar day (YYYY-MM-DD) with the platform's date picker. */
export function DateField({
  name,
  label,
  error,
  value,
  onChange,
}: FieldProps & { value: string; onChange: (v: string) => void }) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="field-input row">
          <Text>{value || '请选择日期'}</Text>
        </View>
      </Picker>
      <FieldError name={name} error={error} />
    </View>
  );
}
