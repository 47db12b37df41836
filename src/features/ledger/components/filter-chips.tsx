import { Text, View } from '@tarojs/components';

interface FilterChipsProps<K extends string> {
  options: { key: K; label: string; count?: number }[];
  active: K;
  onChange: (key: K) => void;
}

/** One tap per filter, with how many each would show. */
export function FilterChips<K extends string>({ options, active, onChange }: FilterChipsProps<K>) {
  return (
    <View className="card chips" data-testid="filter-chips">
      {options.map((o) => (
        <View key={o.key} className={`chip ${o.key === active ? 'chip-active' : ''}`} onClick={() => onChange(o.key)}>
          <Text>
            {o.label}
            {o.count !== undefined ? ` ${o.count}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
