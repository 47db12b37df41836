import { Text, View } from '@tarojs/components';

interface DemoPersonCardProps {
  label: string;
  role: string;
  description: string;
  current: boolean;
  onChoose: () => void;
}

export function DemoPersonCard({ label, role, description, current, onChoose }: DemoPersonCardProps) {
  return (
    <View className="card" data-testid="demo-person" onClick={onChoose}>
      <View className="row">
        <Text className="card-title">{label}</Text>
        <Text className="muted">{current ? '当前身份' : role}</Text>
      </View>
      {description ? <Text className="text-block muted">{description}</Text> : null}
    </View>
  );
}
