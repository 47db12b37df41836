import { Text, View } from '@tarojs/components';
import type { RoleView } from '@types-contract/account/whoami';
import { isPost } from '../../../lib/auth/policy';

/** My roles; for staff, each with the jurisdiction it covers. */
export function RolesCard({ roles }: { roles: RoleView[] }) {
  if (roles.length === 0) return null;
  return (
    <View className="card" data-testid="roles-card">
      <Text className="card-title">我的身份</Text>
      {roles.map((role) => (
        <View key={`${role.role}-${role.orgId}`} className="list-item role-item">
          <Text className="text-block role-label">{role.roleLabel}</Text>
          <Text className="muted role-where">{isPost(role) ? `管辖：${role.orgName}` : role.orgName}</Text>
        </View>
      ))}
    </View>
  );
}
