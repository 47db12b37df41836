import '../party.css';
import { Text, View } from '@tarojs/components';
import { myPartyLife } from '@types-contract/party/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { FactLine } from '../../../components/fact-line';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { AttendanceFigures } from '../components/attendance-figures';

/** 我的组织生活: a party member's branch and 党小组, meetings to come, meetings held this year and their own attendance. */
export default function MyPartyLifePage() {
  const life = useQuery(myPartyLife, {});
  useRefetchOnReturn(life);
  return (
    <PageShell>
      <QueryView query={life}>
        {(l) => (
          <View>
            <View className="card">
              <Text className="card-title">我的党组织</Text>
              <FactLine label="党支部">
                <Text>{l.branchName}</Text>
              </FactLine>
              <FactLine label="党小组">
                <Text>{l.smallGroupName || '未编入党小组'}</Text>
              </FactLine>
            </View>
            <View className="card" data-testid="my-participation">
              <Text className="card-title">今年参加组织生活</Text>
              <AttendanceFigures
                figures={[
                  { label: '出席', value: l.attended.present, testId: 'my-present' },
                  { label: '请假', value: l.attended.excused, testId: 'my-excused' },
                  { label: '缺席', value: l.attended.absent, testId: 'my-absent' },
                ]}
              />
            </View>
            <View className="card">
              <Text className="card-title">即将召开</Text>
              {l.upcoming.length ? (
                l.upcoming.map((m) => (
                  <View key={m.id} className="list-item" data-testid={`upcoming-${m.id}`}>
                    <Text className="text-block">
                      【{m.kindLabel}】{m.subject}
                    </Text>
                    <Text className="muted">
                      {shanghai(m.startAt)} · {m.place}
                    </Text>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">近期没有安排会议。</Text>
              )}
            </View>
            <View className="card">
              <Text className="card-title">今年已召开</Text>
              {l.past.length ? (
                l.past.map((m) => (
                  <View key={m.id} className="participation-row" data-testid={`past-${m.id}`}>
                    <View>
                      <Text className="text-block">
                        【{m.kindLabel}】{m.subject}
                      </Text>
                      <Text className="muted">{shanghai(m.startAt)}</Text>
                    </View>
                    <Text className={m.statusLabel === '出席' ? 'status-ok' : 'status-wait'}>{m.statusLabel}</Text>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">今年还没有已登记的会议。</Text>
              )}
            </View>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
