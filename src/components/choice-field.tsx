import { Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface ChoiceFieldProps<T extends string | number> {
  name: string;
  label: string;
  options: { value: T; label: string }[];
  value: T | null;
  error?: string;
  onChange: (value: T) => void;
}

/** A choice among labelled options, shown as tappable rows (big targets, nothing hidden); for longer labels than chips. */
export function ChoiceField<T extends string | number>({
  name,
  label,
  error,
  options,
  value,
  onChange,
}: ChoiceFieldProps<T>) {
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
          {/* The tick is always there and only shown or hidden: no text node comes and goes under React
              (a node something else rewrote, a translator say, made React's insertBefore throw). */}
          <Text className={o.value === value ? 'choice-tick choice-tick-on' : 'choice-tick'}>✓</Text>
        </View>
      ))}
      <FieldError name={name} error={error} />
    </View>
  );
}
