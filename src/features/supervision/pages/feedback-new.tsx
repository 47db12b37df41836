import '../supervision.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { fileFeedback } from '@types-contract/supervision/feedback';
import { FEEDBACK_KINDS, FEEDBACK_KIND_LABELS, type FeedbackKind } from '@types-contract/supervision/feedback-model';
import { PageShell } from '../../../app-shell/page-shell';
import { useAction } from '../../../lib/cloud';
import { ChoiceField } from '../../../components/choice-field';
import { TextField } from '../../../components/text-field';
import { TextAreaField } from '../../../components/text-area-field';
import { supervisionUrl } from '../routes';
import { BusyButton } from '../../../components/busy-button';

/** A conduct supervisor's feedback on their agency. */
export default function FeedbackNewPage() {
  const submit = useAction(fileFeedback);
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const errors = submit.error?.fieldErrors ?? {};
  if (submit.data) {
    return (
      <PageShell>
        <View className="card">
          <Text className="card-title">已提交，编号 {submit.data.refNo}</Text>
          <Text className="text-block muted">机关答复和整改情况会显示在“我的意见建议”中。</Text>
          <Button
            className="btn btn-primary"
            onClick={() => void Taro.redirectTo({ url: supervisionUrl('myFeedback') })}
          >
            查看我的意见建议
          </Button>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell>
      <View className="card">
        <ChoiceField
          name="kind"
          label="类别"
          options={FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_LABELS[k] }))}
          value={kind}
          error={errors.kind}
          onChange={setKind}
        />
        <TextField
          name="subject"
          label="标题"
          value={subject}
          placeholder="一句话说明"
          error={errors.subject}
          onChange={setSubject}
        />
        <TextAreaField
          maxlength={1000}
          name="description"
          label="具体内容"
          value={description}
          placeholder="看到的情况、建议怎么改"
          error={errors.description}
          onChange={setDescription}
        />
        {submit.error && !submit.error.field ? <Text className="field-error">{submit.error.message}</Text> : null}
        <BusyButton
          className="btn btn-primary"
          busy={submit.loading}
          onClick={() => void submit.run({ kind: kind ?? ('' as FeedbackKind), subject, description })}
        >
          提交
        </BusyButton>
      </View>
    </PageShell>
  );
}
