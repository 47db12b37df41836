import { Text, View } from '@tarojs/components';
import type { WhoAmI } from '@types-contract/account/whoami';

/**
 * Who I am, with ID number and phone masked as everywhere else. Staff who are not veterans see nothing
 * here (their roles card says who they are); a pending registration is said once, plainly.
 */
export function IdentityCard({ who }: { who: WhoAmI }) {
  const veteran = who.veteran;
  if (veteran) {
    return (
      <View className="card" data-testid="identity-card">
        <Text className="card-title">{veteran.name}</Text>
        <Text className="text-block">身份证号：{veteran.idMasked}</Text>
        <Text className="text-block">手机号：{veteran.phoneMasked ?? '未登记'}</Text>
        <Text className="text-block">所在网格：{veteran.gridName}</Text>
      </View>
    );
  }
  if (who.registration?.status === 'pending') {
    return (
      <View className="card" data-testid="identity-card">
        <Text className="card-title">登记待网格员确认</Text>
        <Text className="text-block muted">已提交到{who.registration.gridName}，网格员核实后即可查看本人档案。</Text>
      </View>
    );
  }
  if (who.roles.length > 0) return null;
  return (
    <View className="card" data-testid="identity-card">
      <Text className="card-title">尚未登记</Text>
      <Text className="text-block muted">登记后可查看本人档案信息。</Text>
    </View>
  );
}
