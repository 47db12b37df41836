import { Button, Text, View } from '@tarojs/components';

interface Props<T extends string> {
  name: string;
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T[];
  error?: string;
  onChange: (value: T[]) => void;
}

/** Several choices as big toggle buttons (a tap adds or removes one; nothing hidden). */
export function MultiChips<T extends string>({ name, label, options, labels, value, error, onChange }: Props<T>) {
  const toggle = (o: T) => onChange(value.includes(o) ? value.filter((v) => v !== o) : [...value, o]);
  return (
    <View className="field" data-field={name}>
      <Text className="field-label">{label}</Text>
      <View className="chips">
        {options.map((o) => (
          <Button
            key={o}
            className={`btn btn-small chip ${value.includes(o) ? 'chip-on btn-primary' : 'btn-plain'}`}
            aria-pressed={value.includes(o)}
            data-testid={`${name}-${o}`}
            onClick={() => toggle(o)}
          >
            {value.includes(o) ? `✓ ${labels[o]}` : labels[o]}
          </Button>
        ))}
      </View>
      {error ? (
        <Text className="field-error" data-testid={`error-${name}`}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
