import { Text, View } from '@tarojs/components';

/**
 * One headline figure: its label and short value on one line; what it is made of on a full-width line
 * below, so a narrow screen never squeezes the label. The one layout of the dashboard's figure cards.
 */
export function FigureLine({
  label,
  value,
  testId,
  detail,
}: {
  label: string;
  value: string;
  testId?: string;
  detail?: string;
}) {
  return (
    <View className="figure-block" data-testid={testId}>
      <View className="figure-line">
        <Text className="figure-label">{label}</Text>
        <Text className="figure-value">{value}</Text>
      </View>
      {detail ? <Text className="muted figure-detail">{detail}</Text> : null}
    </View>
  );
}
