import { Text, View } from '@tarojs/components';
import { SwitchLook } from '../../../components/switch-look';

interface ElderModeSwitchProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** 长辈模式: the whole row is the target, not only the small switch. */
export function ElderModeSwitch({ enabled, onChange }: ElderModeSwitchProps) {
  return (
    <View className="card">
      <View
        className="row"
        data-testid="elder-mode-row"
        role="switch"
        aria-checked={enabled}
        aria-label="长辈模式"
        onClick={() => onChange(!enabled)}
      >
        <View>
          <Text className="text-block">长辈模式</Text>
          <Text className="muted">字体更大，按钮更大</Text>
        </View>
        <SwitchLook on={enabled} />
      </View>
    </View>
  );
}
