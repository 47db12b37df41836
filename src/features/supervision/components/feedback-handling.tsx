import { useState } from 'react';
import { View } from '@tarojs/components';
import { type FeedbackView, RECTIFICATION_DAYS } from '@types-contract/supervision/feedback';
import { pickerDays } from '../../../lib/time/picker-days';
import type { CloudError } from '../../../lib/cloud';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { TextAreaField } from '../../../components/text-area-field';
import { BusyButton } from '../../../components/busy-button';

interface FeedbackHandlingProps {
  feedback: FeedbackView;
  busy: boolean;
  error?: CloudError;
  onAnswer: (answer: string, measure: string, deadline?: string) => void;
  onDone: (evidence: string) => void;
}

/** The agency answers (with a rectification plan) or records the rectification done. */
export function FeedbackHandling({ feedback, busy, error, onAnswer, onDone }: FeedbackHandlingProps) {
  const [answer, setAnswer] = useState('');
  const [measure, setMeasure] = useState('');
  const [deadline, setDeadline] = useState('');
  const [evidence, setEvidence] = useState('');
  const errors = error?.fieldErrors ?? {};
  if (feedback.status === 'received' || feedback.status === 'disputed') {
    return (
      <View>
        <TextAreaField
          maxlength={1000}
          name="answer"
          label="答复"
          value={answer}
          placeholder="对意见建议的答复"
          error={errors.answer}
          onChange={setAnswer}
        />
        <TextField
          name="measure"
          label="整改措施（需要整改时填写）"
          value={measure}
          placeholder="例如：增设午间值班"
          error={errors.measure}
          onChange={setMeasure}
        />
        {measure ? (
          <DateField
            name="deadline"
            label="整改期限"
            value={deadline}
            {...pickerDays(RECTIFICATION_DAYS)}
            error={errors.deadline}
            onChange={setDeadline}
          />
        ) : null}
        <BusyButton
          className="btn btn-primary"
          busy={busy}
          onClick={() => onAnswer(answer, measure, deadline || undefined)}
        >
          答复
        </BusyButton>
      </View>
    );
  }
  if (feedback.status === 'rectifying') {
    return (
      <View>
        <TextAreaField
          maxlength={1000}
          name="evidence"
          label="整改结果和佐证"
          value={evidence}
          placeholder="做了什么，留存了哪些材料"
          error={errors.evidence}
          onChange={setEvidence}
        />
        <BusyButton className="btn btn-primary" busy={busy} onClick={() => onDone(evidence)}>
          整改完成
        </BusyButton>
      </View>
    );
  }
  return null;
}
