import { useState } from 'react';
import { View } from '@tarojs/components';
import type { FeedbackView } from '@types-contract/supervision/feedback';
import type { CloudError } from '../../../lib/cloud';
import { TextField } from '../../../components/text-field';
import { BusyButton } from '../../../components/busy-button';

interface FeedbackVerdictProps {
  feedback: FeedbackView;
  busy: boolean;
  error?: CloudError;
  onVerdict: (verdict: 'accepted' | 'disputed', comment: string) => void;
}

/** The supervisor accepts or disputes an answered or rectified feedback (a comment is required to dispute). */
export function FeedbackVerdict({ feedback, busy, error, onVerdict }: FeedbackVerdictProps) {
  const [comment, setComment] = useState('');
  if (feedback.status !== 'answered' && feedback.status !== 'rectified') return null;
  return (
    <View data-testid="feedback-verdict">
      <TextField
        name="comment"
        label="您的意见（有异议时必填）"
        value={comment}
        placeholder="例如：整改不到位"
        error={error?.fieldErrors.comment}
        onChange={setComment}
      />
      <BusyButton className="btn btn-primary" busy={busy} onClick={() => onVerdict('accepted', comment)}>
        认可
      </BusyButton>
      <BusyButton className="btn btn-plain" busy={busy} onClick={() => onVerdict('disputed', comment)}>
        有异议
      </BusyButton>
    </View>
  );
}
