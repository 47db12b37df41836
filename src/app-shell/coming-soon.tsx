import { Text, View } from '@tarojs/components';

interface ComingSoonProps {
  title: string;
  /** What will be here, in one plain sentence. */
  description?: string;
}

/** An honest placeholder: the feature is not built yet, and nothing here pretends otherwise. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  return (
    <View className="card" data-testid="coming-soon">
      <Text className="card-title">{title}</Text>
      {description ? <Text className="text-block muted">{description}</Text> : null}
      <Text className="coming-soon">该功能即将上线</Text>
    </View>
  );
}
