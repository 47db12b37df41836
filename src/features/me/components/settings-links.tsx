import { Text, View } from '@tarojs/components';

interface SettingsLinksProps {
  onPrivacyGuide: () => void;
  onRegister?: () => void;
}

export function SettingsLinks({ onPrivacyGuide, onRegister }: SettingsLinksProps) {
  return (
    <View className='card'>
      {onRegister ? (
        <View className='row' onClick={onRegister}>
          <Text className='text-block'>退役军人登记</Text>
          <Text className='muted'>去登记 ›</Text>
        </View>
      ) : null}
      <View className='row' onClick={onPrivacyGuide}>
        <Text className='text-block'>隐私保护指引</Text>
        <Text className='muted'>查看 ›</Text>
      </View>
    </View>
  );
}
