import '../supervision.css';
import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { myFeedback, respondFeedback } from '@types-contract/supervision/feedback';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FeedbackCard } from '../components/feedback-card';
import { TextField } from '../../../components/text-field';

/** The conduct supervisor's feedback; once answered or rectified they accept it or dispute it. */
export default function MyFeedbackPage() {
  const list = useQuery(myFeedback, {});
  const respond = useAction(respondFeedback);
  const [comment, setComment] = useState('');
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
                {f.status === 'answered' || f.status === 'rectified' ? (
                  <View>
                    <TextField
                      name="comment"
                      label="您的意见（有异议时必填）"
                      value={comment}
                      placeholder="例如：整改不到位"
                      error={respond.error?.fieldErrors.comment}
                      onChange={setComment}
                    />
                    <Button
                      className="btn btn-primary"
                      loading={respond.loading}
                      onClick={() => void respond.run({ feedbackId: f.id, verdict: 'accepted', comment })}
                    >
                      认可
                    </Button>
                    <Button
                      className="btn btn-plain"
                      loading={respond.loading}
                      onClick={() => void respond.run({ feedbackId: f.id, verdict: 'disputed', comment })}
                    >
                      有异议
                    </Button>
                  </View>
                ) : null}
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
