import '../supervision.css';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listSupervisorMeetings } from '@types-contract/supervision/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { MeetingCard } from '../components/meeting-card';
import { supervisionUrl } from '../routes';

/** The body's supervisors' meetings (its staff call a new one here), or the meetings a supervisor is invited to. */
export default function SupervisorMeetingsPage() {
  const list = useQuery(listSupervisorMeetings, {});
  useRefetchOnReturn(list);
  return (
    <PageShell>
      <QueryView query={list}>
        {({ items, mayInvite: calls }) => {
          return (
            <>
              {calls ? (
                <View className="card">
                  <Text className="text-block">邀请本单位在任期内的监督员参加座谈会、列席工作会议或参加重大活动。</Text>
                  <Button
                    className="btn btn-primary"
                    data-testid="new-meeting"
                    onClick={() => void Taro.navigateTo({ url: supervisionUrl('meetingNew') })}
                  >
                    邀请监督员参加会议
                  </Button>
                </View>
              ) : null}
              {items.length ? (
                items.map((m) => <MeetingCard key={m.id} meeting={m} />)
              ) : (
                <View className="card">
                  <Text>{calls ? '还没有召开过监督员会议' : '暂时没有会议邀请'}</Text>
                </View>
              )}
            </>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
