import { Button, Text, View } from '@tarojs/components';
import type { StaffView } from '@types-contract/account/staff';

interface StaffRowProps {
  staff: StaffView;
  canManage: boolean;
  onRemove: () => void;
  onMove: () => void;
}

export function StaffRow({ staff, canManage, onRemove, onMove }: StaffRowProps) {
  return (
    <View className="list-item" data-testid={`staff-${staff.id}`}>
      <View>
        <Text className="text-block">
          {staff.name}
          {staff.isAdmin ? '（管理员）' : ''}
        </Text>
        <Text className="muted">
          {staff.roleLabel} · {staff.workPhone} ·{' '}
          {staff.status === 'removed' ? '已移除' : staff.bound ? '已绑定微信' : '未绑定'}
        </Text>
      </View>
      {canManage && staff.status === 'active' ? (
        <View>
          <Button className="btn btn-plain btn-small" onClick={onMove}>
            调动
          </Button>
          <Button className="btn btn-plain btn-small" onClick={onRemove}>
            移除
          </Button>
        </View>
      ) : null}
    </View>
  );
}
