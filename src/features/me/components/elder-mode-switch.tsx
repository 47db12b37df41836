import { Switch, Text, View } from '@tarojs/components';

interface ElderModeSwitchProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** 长辈模式: the whole row is the target, not only the small switch. */
export function ElderModeSwitch({ enabled, onChange }: ElderModeSwitchProps) {
  return (
    <View className="card">
      <View className="row" data-testid="elder-mode-row" onClick={() => onChange(!enabled)}>
        <View>
          <Text className="text-block">长辈模式</Text>
          <Text className="muted">字体更大，按钮更大</Text>
        </View>
        <Switch checked={enabled} color="#b71c1c" disabled />
      </View>
    </View>
  );
}
