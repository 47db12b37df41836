import { Button, Text, View } from '@tarojs/components';
import { FieldError } from './field-error';

interface ChoiceChipsProps<T extends string> {
  name: string;
  label: string;
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  value: T | null;
  error?: string;
  onChange: (value: T) => void;
}

/** A choice among a few options as big buttons (no picker wheel, nothing hidden). */
export function ChoiceChips<T extends string>({
  name,
  label,
  options,
  labels,
  value,
  error,
  onChange,
}: ChoiceChipsProps<T>) {
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <View className="chips">
        {options.map((o) => (
          <Button
            key={o}
            className={`btn btn-small chip ${value === o ? 'chip-on btn-primary' : 'btn-plain'}`}
            data-testid={`${name}-${o}`}
            onClick={() => onChange(o)}
          >
            {labels?.[o] ?? o}
          </Button>
        ))}
      </View>
      <FieldError name={name} error={error} />
    </View>
  );
}
