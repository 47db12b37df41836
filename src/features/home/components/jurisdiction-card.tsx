import { Text, View } from '@tarojs/components';
import type { RoleView } from '@types-contract/account/whoami';

/** Staff above the grid level: what they are responsible for. */
export function JurisdictionCard({ roles }: { roles: RoleView[] }) {
  return (
    <View className="card" data-testid="jurisdiction-card">
      <Text className="card-title">我的管辖范围</Text>
      {roles.map((role) => (
        <Text key={`${role.role}-${role.orgId}`} className="text-block">
          {role.roleLabel} · {role.orgName}
        </Text>
      ))}
    </View>
  );
}
