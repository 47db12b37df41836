import { Text, View } from '@tarojs/components';
import { minute } from '../../../lib/time/format';

export interface StepItem {
  label: string;
  at: string;
  note: string;
}

/** Plain-language steps of a report: what happened when. */
export function Steps({ steps }: { steps: StepItem[] }) {
  return (
    <View className="steps">
      {steps.map((s, i) => (
        <View key={`${s.label}-${i}`} className="step">
          <Text className="text-block">
            {s.label} · <Text className="muted">{minute(s.at)}</Text>
          </Text>
          {s.note ? <Text className="text-block muted">{s.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
