import { Text, View } from '@tarojs/components';
import { memberParticipation } from '@types-contract/party/meetings';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';

interface Props {
  branchId: string;
  from: string;
  to: string;
}

/** Each member's attendance at the recorded meetings of the period. */
export function ParticipationCard({ branchId, from, to }: Props) {
  const q = useQuery(memberParticipation, { branchId, from, to });
  return (
    <View className="card" data-testid="participation">
      <Text className="card-title">党员参加情况</Text>
      <QueryView query={q}>
        {(p) => (
          <View>
            <Text className="text-block muted">期间已登记会议{p.meetings}次</Text>
            {p.items.map((m) => (
              <View key={m.veteranId} className="participation-row" data-testid={`participation-${m.veteranId}`}>
                <Text>{m.name}</Text>
                <Text>
                  应到{m.expected} · 出席{m.present} · 请假{m.excused} · 缺席{m.absent}
                </Text>
              </View>
            ))}
          </View>
        )}
      </QueryView>
    </View>
  );
}
