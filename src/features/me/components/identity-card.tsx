import { Text, View } from '@tarojs/components';
import type { WhoAmI } from '@types-contract/account/whoami';

/** Who I am, with ID number and phone masked as everywhere else. */
export function IdentityCard({ who }: { who: WhoAmI }) {
  const veteran = who.veteran;
  return (
    <View className="card" data-testid="identity-card">
      <Text className="card-title">{veteran ? veteran.name : '尚未登记'}</Text>
      {veteran ? (
        <View>
          <Text className="text-block">身份证号：{veteran.idMasked}</Text>
          <Text className="text-block">手机号：{veteran.phoneMasked ?? '未登记'}</Text>
          <Text className="text-block">所在网格：{veteran.gridName}</Text>
        </View>
      ) : (
        <Text className="text-block muted">
          {who.registration?.status === 'pending'
            ? `登记待网格员确认（${who.registration.gridName}）`
            : '登记后可查看本人档案信息。'}
        </Text>
      )}
    </View>
  );
}
