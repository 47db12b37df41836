import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { reviewApplication, type ApplicationView } from '@types-contract/assist/applications';
import { TextAreaField } from '../../../components/text-area-field';
import { useAction } from '../../../lib/cloud';

/** The station's review: pass it on with a note, or turn it down with a reason the applicant will read. */
export function ReviewPanel({ app, onDone }: { app: ApplicationView; onDone: (title: string) => void }) {
  const review = useAction(reviewApplication);
  const [note, setNote] = useState('');
  const decide = async (pass: boolean) => {
    if (await review.run({ id: app.id, pass, note })) onDone(pass ? '已审核通过' : '已退回');
  };
  const err = review.error;
  return (
    <View className="field" data-testid="review-panel">
      <TextAreaField
        name="review-note"
        label="审核意见（不予通过时必填）"
        value={note}
        maxlength={500}
        placeholder="例如：已入户核实，情况属实"
        error={err?.field === 'note' ? err.message : undefined}
        onChange={setNote}
      />
      {err && err.field !== 'note' ? (
        <Text className="field-error" data-testid="panel-error">
          {err.message}
        </Text>
      ) : null}
      <View className="row">
        <Button
          className="btn btn-primary btn-small"
          data-testid="review-pass"
          disabled={review.loading}
          onClick={() => void decide(true)}
        >
          审核通过
        </Button>
        <Button
          className="btn btn-plain btn-small"
          data-testid="review-reject"
          disabled={review.loading}
          onClick={() => void decide(false)}
        >
          不予通过
        </Button>
      </View>
    </View>
  );
}
