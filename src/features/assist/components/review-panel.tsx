import { useState } from 'react';
import { View } from '@tarojs/components';
import { reviewApplication, type ApplicationView } from '@types-contract/assist/applications';
import { useAction } from '../../../lib/cloud';
import { DecisionNote } from './decision-note';

/** The station's review: pass it on with a note, or turn it down with a reason the applicant will read. */
export function ReviewPanel({ app, onDone }: { app: ApplicationView; onDone: (title: string) => void }) {
  const review = useAction(reviewApplication);
  const [note, setNote] = useState('');
  const decide = async (pass: boolean) => {
    if (await review.run({ id: app.id, pass, note })) onDone(pass ? '已审核通过' : '已退回');
  };
  return (
    <View className="field" data-testid="review-panel">
      <DecisionNote
        name="review-note"
        label="审核意见（不予通过时必填）"
        placeholder="例如：已入户核实，情况属实"
        note={note}
        onNote={setNote}
        error={review.error}
        yes={{ label: '审核通过', testId: 'review-pass' }}
        no={{ label: '不予通过', testId: 'review-reject' }}
        busy={review.loading}
        onDecide={(pass) => void decide(pass)}
      />
    </View>
  );
}
