import { Text, View } from '@tarojs/components';
import type { RoleView } from '@types-contract/account/whoami';

const SUPERVISION_ROLES = [
  'integrity_supervisor',
  'conduct_supervisor',
  'recruitment_staff',
  'recruitment_head',
  'agency_staff',
];

interface SupervisionCardProps {
  roles: RoleView[];
  onOpenHub: () => void;
  onOpenProblems: () => void;
}

/** 监督: the way in for supervisors, the recruitment office and agencies; the problem list for everyone. */
export function SupervisionCard({ roles, onOpenHub, onOpenProblems }: SupervisionCardProps) {
  const works = roles.some((r) => SUPERVISION_ROLES.includes(r.role));
  return (
    <View className="card" data-testid="supervision-card">
      <Text className="card-title">廉洁征兵监督</Text>
      {works ? (
        <View className="row" data-testid="open-supervision" onClick={onOpenHub}>
          <Text className="text-block">监督工作</Text>
          <Text className="muted">进入 ›</Text>
        </View>
      ) : null}
      <View className="row" data-testid="open-problems" onClick={onOpenProblems}>
        <Text className="text-block">问题清单（向全区公布）</Text>
        <Text className="muted">查看 ›</Text>
      </View>
    </View>
  );
}
