import { Text, View } from '@tarojs/components';
import type { FeedbackView } from '@types-contract/supervision/feedback';
import { minute } from '../../../lib/time/format';

/** A conduct feedback with the agency's answer and rectification. */
export function FeedbackCard({ feedback, children }: { feedback: FeedbackView; children?: React.ReactNode }) {
  const r = feedback.rectification;
  return (
    <View className="card" data-testid="feedback-card">
      <View className="row">
        <Text className="card-title">{feedback.subject}</Text>
        <Text className={`badge badge-${feedback.status}`}>{feedback.statusLabel}</Text>
      </View>
      <Text className="text-block muted">
        {feedback.kindLabel} · 编号 {feedback.refNo} · {minute(feedback.filedAt)}
      </Text>
      {feedback.meeting ? (
        <Text className="text-block" data-testid="feedback-meeting">
          提出于：{feedback.meeting.title}
        </Text>
      ) : null}
      <Text className="text-block">{feedback.description}</Text>
      {feedback.answer ? <Text className="text-block answer">机关答复：{feedback.answer.text}</Text> : null}
      {r ? (
        <View className="rectification">
          <Text className="text-block">
            整改措施：{r.measure}（期限 {r.deadline}）
          </Text>
          {r.doneAt ? (
            <Text className="text-block">
              已整改 {minute(r.doneAt)}
              {r.doneOnTime ? '，按期完成' : '，超期完成'}：{r.evidence}
            </Text>
          ) : (
            <Text className={`text-block ${r.overdue ? 'warn-text' : 'muted'}`}>
              {r.overdue ? '已超期未完成' : '整改中'}
            </Text>
          )}
        </View>
      ) : null}
      {feedback.verdict ? (
        <Text className="text-block muted">
          监督员意见：{feedback.verdict.verdict === 'accepted' ? '认可' : '有异议'}
          {feedback.verdict.comment ? `，${feedback.verdict.comment}` : ''}
        </Text>
      ) : null}
      {children}
    </View>
  );
}
