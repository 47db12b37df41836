import '../supervision.css';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { myFeedback, respondFeedback } from '@types-contract/supervision/feedback';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FeedbackCard } from '../components/feedback-card';
import { FeedbackVerdict } from '../components/feedback-verdict';

/** The conduct supervisor's feedback; once answered or rectified they accept it or dispute it. */
export default function MyFeedbackPage() {
  const list = useQuery(myFeedback, {});
  const respond = useAction(respondFeedback);
  useEffect(() => {
    if (respond.data) list.retry();
  }, [respond.data]);
  return (
    <PageShell>
      <QueryView query={list}>
        {({ items }) =>
          items.length ? (
            items.map((f) => (
              <FeedbackCard key={f.id} feedback={f}>
                <FeedbackVerdict
                  feedback={f}
                  busy={respond.loading}
                  error={respond.error}
                  onVerdict={(verdict, comment) => void respond.run({ feedbackId: f.id, verdict, comment })}
                />
              </FeedbackCard>
            ))
          ) : (
            <View className="card">
              <Text>您还没有提过意见建议</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
