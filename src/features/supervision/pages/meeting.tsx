import '../supervision.css';
import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { answerFeedback, completeRectification, respondFeedback } from '@types-contract/supervision/feedback';
import { supervisorMeetingDetail } from '@types-contract/supervision/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { AttendanceList } from '../../../components/attendance-roster';
import { FactLine } from '../../../components/fact-line';
import { useAction, useQuery } from '../../../lib/cloud';
import { minute } from '../../../lib/time/format';
import { FeedbackCard } from '../components/feedback-card';
import { FeedbackHandling } from '../components/feedback-handling';
import { FeedbackVerdict } from '../components/feedback-verdict';
import { MeetingAttendanceForm } from '../components/meeting-attendance-form';
import { MeetingSuggestionForm } from '../components/meeting-suggestion-form';

/**
 * One supervisors' meeting. The body's staff: record attendance once it began, then enter each suggestion
 * raised there and answer and rectify it; an invited supervisor: their attendance and their suggestions,
 * which they accept or dispute. Each suggestion shows where it stands in the conduct feedback flow.
 */
export default function SupervisorMeetingPage() {
  const meetingId = useRouter().params.id ?? '';
  const detail = useQuery(supervisorMeetingDetail, { meetingId });
  const answer = useAction(answerFeedback);
  const done = useAction(completeRectification);
  const respond = useAction(respondFeedback);
  useEffect(() => {
    if (answer.data || done.data || respond.data) detail.retry();
  }, [answer.data, done.data, respond.data]);
  return (
    <PageShell>
      <QueryView query={detail}>
        {(m) => (
          <View>
            <View className="card" data-testid="meeting-facts">
              <Text className="card-title">{m.title}</Text>
              <FactLine label="类型">
                <Text>{m.kindLabel}</Text>
              </FactLine>
              <FactLine label="召集单位">
                <Text>{m.bodyName}</Text>
              </FactLine>
              <FactLine label="时间">
                <Text>{minute(m.startAt)}</Text>
              </FactLine>
              <FactLine label="地点">
                <Text>{m.place}</Text>
              </FactLine>
              <FactLine label="状态" testId="meeting-status">
                <Text>{m.status === 'held' ? '已召开，出席情况已登记' : '待召开'}</Text>
              </FactLine>
            </View>
            {m.forStaff && m.status === 'scheduled' ? (
              m.started ? (
                <MeetingAttendanceForm meeting={m} onRecorded={detail.retry} />
              ) : (
                <View className="card">
                  <Text className="card-title">已邀请 {m.counts.invited} 位监督员</Text>
                  {m.invitees.map((i) => (
                    <Text key={i.supervisorId} className="text-block">
                      {i.name}
                    </Text>
                  ))}
                  <Text className="text-block muted">会议开始后在此登记出席情况和会议纪要。</Text>
                </View>
              )
            ) : (
              <View className="card" data-testid="meeting-attendance">
                <Text className="card-title">{m.forStaff ? '出席情况' : '我的出席'}</Text>
                {m.status === 'held' ? (
                  <Text className="text-block">
                    邀请 {m.counts.invited} 人，出席 {m.counts.present} 人，请假 {m.counts.excused} 人，缺席{' '}
                    {m.counts.absent} 人
                  </Text>
                ) : null}
                <AttendanceList people={m.invitees.map((i) => ({ ...i, id: i.supervisorId }))} />
                {m.summary ? (
                  <Text className="text-block" data-testid="meeting-summary">
                    纪要：{m.summary}
                  </Text>
                ) : null}
              </View>
            )}
            {m.status === 'held' && m.takesSuggestions ? (
              <MeetingSuggestionForm meeting={m} onRecorded={detail.retry} />
            ) : null}
            {m.status === 'held' ? (
              <View className="card" data-testid="meeting-suggestions">
                <Text className="card-title">
                  {m.forStaff ? '会上的意见建议' : '我在会上提的意见建议'}（{m.suggestions.length}条）
                </Text>
                {m.suggestions.length ? null : <Text className="text-block muted">暂无</Text>}
              </View>
            ) : null}
            {m.suggestions.map((f) => (
              <FeedbackCard key={f.id} feedback={f}>
                {m.forStaff ? (
                  <FeedbackHandling
                    feedback={f}
                    busy={answer.loading || done.loading}
                    error={answer.error ?? done.error}
                    onAnswer={(text, measure, deadline) =>
                      void answer.run({ feedbackId: f.id, answer: text, measure, deadline })
                    }
                    onDone={(evidence) => void done.run({ feedbackId: f.id, evidence })}
                  />
                ) : (
                  <FeedbackVerdict
                    feedback={f}
                    busy={respond.loading}
                    error={respond.error}
                    onVerdict={(verdict, comment) => void respond.run({ feedbackId: f.id, verdict, comment })}
                  />
                )}
              </FeedbackCard>
            ))}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
