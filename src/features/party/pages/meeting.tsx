import '../party.css';
import { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { meetingDetail } from '@types-contract/party/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { FactLine } from '../../../components/fact-line';
import { useQuery } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { AttendanceList } from '../../../components/attendance-roster';
import { AttendanceFigures } from '../components/attendance-figures';
import { RecordForm } from '../components/record-form';

/** One meeting: what, when, where; before it is recorded, the form to record it; after, who came, the minutes, photos. */
export default function PartyMeetingPage() {
  const meetingId = useRouter().params.id ?? '';
  const detail = useQuery(meetingDetail, { meetingId });
  return (
    <PageShell>
      <QueryView query={detail}>
        {(m) => (
          <View>
            <View className="card" data-testid="meeting-facts">
              <Text className="card-title">
                【{m.kindLabel}】{m.subject}
              </Text>
              <FactLine label="党组织">
                <Text>{m.smallGroupName || m.branchName}</Text>
              </FactLine>
              <FactLine label="时间">
                <Text>{shanghai(m.startAt)}</Text>
              </FactLine>
              <FactLine label="地点">
                <Text>{m.place}</Text>
              </FactLine>
              <FactLine label="状态">
                <Text className={m.status === 'recorded' ? 'status-ok' : 'status-wait'} data-testid="meeting-status">
                  {m.status === 'recorded' ? '已登记' : '待登记'}
                </Text>
              </FactLine>
            </View>
            {m.status === 'scheduled' ? (
              <RecordForm meeting={m} onRecorded={detail.retry} />
            ) : (
              <View>
                <View className="card" data-testid="meeting-attendance">
                  <Text className="card-title">出席情况</Text>
                  <AttendanceFigures
                    figures={[
                      { label: '应到', value: m.counts.expected },
                      { label: '出席', value: m.counts.present },
                      { label: '请假', value: m.counts.excused },
                      { label: '缺席', value: m.counts.absent },
                    ]}
                  />
                  <AttendanceList people={m.roster.map((r) => ({ ...r, id: r.veteranId }))} />
                </View>
                <View className="card">
                  <Text className="card-title">会议记录</Text>
                  <Text className="text-block" data-testid="meeting-minutes">
                    {m.minutes}
                  </Text>
                  {m.photoUrls.map((url) => (
                    <Image key={url} className="photo-thumb" src={url} mode="aspectFill" />
                  ))}
                </View>
              </View>
            )}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
