import { Button, Text, View } from '@tarojs/components';
import type { TeamMemberView } from '@types-contract/org/queries';

interface TeamListProps {
  team: TeamMemberView[];
  onCall: (phone: string) => void;
}

/** The grid's leader and members, each one tap from a phone call. */
export function TeamList({ team, onCall }: TeamListProps) {
  return (
    <View className="card" data-testid="team-list">
      <Text className="card-title">网格员</Text>
      {team.length === 0 ? <Text className="text-block muted">本网格暂未配备网格员，请联系社区服务站。</Text> : null}
      {team.map((member) => (
        <View key={member.staffId} className="list-item">
          <View>
            <Text className="text-block">
              {member.name}
              {member.isVeteran ? '（退役军人）' : ''}
            </Text>
            <Text className="muted">
              {member.roleLabel} · {member.workPhone}
            </Text>
          </View>
          <Button className="btn btn-primary btn-small" onClick={() => onCall(member.workPhone)}>
            拨打电话
          </Button>
        </View>
      ))}
    </View>
  );
}
