import { Button, Text, View } from '@tarojs/components';

export interface TrailStep {
  id: string;
  name: string;
}

/** Where a drill-down stands (区 › 街道 › 社区) with a way back up one level. */
export function OrgTrail({ trail, onBack }: { trail: TrailStep[]; onBack: () => void }) {
  if (!trail.length) return null;
  return (
    <View className="row">
      <Text className="muted">{trail.map((t) => t.name).join(' › ')}</Text>
      <Button className="btn btn-plain btn-small" data-testid="trail-back" onClick={onBack}>
        返回上一级
      </Button>
    </View>
  );
}
