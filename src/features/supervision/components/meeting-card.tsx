import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SupervisorMeetingView } from '@types-contract/supervision/meetings';
import { minute } from '../../../lib/time/format';
import { supervisionUrl } from '../routes';

/**
 * A supervisors' meeting in a list: what, when, where, and for the body's staff the attendance and
 * suggestions; an invited supervisor sees their own attendance.
 */
export function MeetingCard({ meeting: m }: { meeting: SupervisorMeetingView }) {
  const mine = m.forStaff ? null : m.invitees[0];
  const settled = m.suggestions.filter((s) => s.status === 'accepted').length;
  return (
    <View
      className="card"
      data-testid="meeting-card"
      data-meeting={m.id}
      onClick={() => void Taro.navigateTo({ url: supervisionUrl('meeting', { id: m.id }) })}
    >
      <View className="row">
        <Text className="card-title">{m.title}</Text>
        <Text className={`badge badge-${m.status === 'held' ? 'completed' : 'upcoming'}`}>
          {m.status === 'held' ? '已召开' : '待召开'}
        </Text>
      </View>
      <Text className="text-block muted">
        {m.kindLabel} · {m.bodyName}
      </Text>
      <Text className="text-block">
        {minute(m.startAt)} · {m.place}
      </Text>
      {mine ? (
        <Text className="text-block">我的出席：{mine.statusLabel}</Text>
      ) : (
        <Text className="text-block">
          邀请 {m.counts.invited} 人
          {m.status === 'held'
            ? `，出席 ${m.counts.present} 人；意见建议 ${m.suggestions.length} 条，已认可 ${settled} 条`
            : ''}
        </Text>
      )}
      <Text className="muted">查看详情 ›</Text>
    </View>
  );
}
