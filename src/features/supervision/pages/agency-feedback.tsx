import '../supervision.css';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import {
  answerFeedback,
  completeRectification,
  feedbackFigures,
  listFeedback,
} from '@types-contract/supervision/feedback';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FeedbackCard } from '../components/feedback-card';
import { FeedbackHandling } from '../components/feedback-handling';

/** The agency's conduct feedback: answer, rectify, and how much was rectified on time. */
export default function AgencyFeedbackPage() {
  const list = useQuery(listFeedback, {});
  const figures = useQuery(feedbackFigures, {});
  const answer = useAction(answerFeedback);
  const done = useAction(completeRectification);
  useEffect(() => {
    if (answer.data || done.data) {
      list.retry();
      figures.retry();
    }
  }, [answer.data, done.data]);
  return (
    <PageShell>
      <QueryView query={figures}>
        {(f) => (
          <View className="card" data-testid="feedback-figures">
            <Text className="card-title">共 {f.total} 条意见建议</Text>
            <Text className="text-block">
              需整改 {f.rectifications} 项，已完成 {f.done} 项，按期完成 {f.doneOnTime} 项，超期未完成 {f.overdue} 项
            </Text>
            <Text className="text-block">
              按期整改率：{f.onTimeRate === null ? '暂无到期整改' : `${f.onTimeRate}%`}
            </Text>
          </View>
        )}
      </QueryView>
      <QueryView query={list}>
        {({ items }) => (
          <>
            {items.map((f) => (
              <FeedbackCard key={f.id} feedback={f}>
                <FeedbackHandling
                  feedback={f}
                  busy={answer.loading || done.loading}
                  error={answer.error ?? done.error}
                  onAnswer={(text, measure, deadline) =>
                    void answer.run({ feedbackId: f.id, answer: text, measure, deadline })
                  }
                  onDone={(evidence) => void done.run({ feedbackId: f.id, evidence })}
                />
              </FeedbackCard>
            ))}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
