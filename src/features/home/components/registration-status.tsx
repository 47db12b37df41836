import { Button, Text, View } from '@tarojs/components';
import type { WhoAmI } from '@types-contract/account/whoami';

interface RegistrationStatusProps {
  registration: WhoAmI['registration'];
  onRegister: () => void;
}

/** For someone not yet bound to a file: invite to register, or show where their registration stands. */
export function RegistrationStatus({ registration, onRegister }: RegistrationStatusProps) {
  if (registration?.status === 'pending') {
    return (
      <View className="card" data-testid="registration-status">
        <Text className="card-title">登记待网格员确认</Text>
        <Text className="text-block">您的登记已提交到「{registration.gridName}」，网格员确认后即可使用全部功能。</Text>
      </View>
    );
  }
  return (
    <View className="card" data-testid="registration-status">
      <Text className="card-title">{registration?.status === 'rejected' ? '登记未通过' : '欢迎使用'}</Text>
      {registration?.status === 'rejected' ? (
        <Text className="text-block">
          原因：{registration.note || '请联系网格员了解详情'}。您可以核对信息后重新登记。
        </Text>
      ) : (
        <Text className="text-block">登记后即可看到您所在的网格、网格员和服务站。</Text>
      )}
      <Button className="btn btn-primary" onClick={onRegister}>
        {registration?.status === 'rejected' ? '重新登记' : '退役军人登记'}
      </Button>
    </View>
  );
}
