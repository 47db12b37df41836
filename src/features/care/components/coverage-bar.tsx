import { Text, View } from '@tarojs/components';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** One line of coverage: the name, "covered / of", the rate and a bar (red under 60%). */
export function CoverageBar({
  testId,
  name,
  covered,
  of,
  rate,
  unit = '人',
  onOpen,
}: {
  testId?: string;
  name: string;
  covered: number;
  of: number;
  rate: number;
  unit?: string;
  onOpen?: () => void;
}) {
  return (
    <View className="figures-row" data-testid={testId} onClick={onOpen}>
      <View className="row">
        <Text className="text-block">
          {name}
          {onOpen ? ' ›' : ''}
        </Text>
        <Text className="text-block" data-testid={testId ? `${testId}-rate` : undefined}>
          {pct(rate)}
        </Text>
      </View>
      <View className={`progress${rate < 0.6 ? ' progress-low' : ''}`}>
        <View className="progress-fill" style={{ width: pct(Math.min(1, rate)) }} />
      </View>
      <Text className="muted">
        已覆盖 {covered} / {of} {unit}
      </Text>
    </View>
  );
}
