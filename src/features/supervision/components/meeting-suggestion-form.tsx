import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { recordMeetingSuggestion, type SupervisorMeetingView } from '@types-contract/supervision/meetings';
import { ChoiceField } from '../../../components/choice-field';
import { FieldError } from '../../../components/field-error';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { BusyButton } from '../../../components/busy-button';

const SHOWN = ['supervisorId', 'subject', 'description'];

/**
 * A suggestion a supervisor present raised at the meeting: it becomes conduct feedback of that supervisor,
 * who later accepts or disputes the answer; the feedback itself names nobody.
 */
export function MeetingSuggestionForm({
  meeting,
  onRecorded,
}: {
  meeting: SupervisorMeetingView;
  onRecorded: () => void;
}) {
  const present = meeting.invitees.filter((i) => i.status === 'present');
  const [supervisorId, setSupervisorId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const record = useAction(recordMeetingSuggestion);
  const err = (f: string) => errorOn(record.error, f);
  const submit = async () => {
    const out = await record.run({ meetingId: meeting.id, supervisorId: supervisorId ?? '', subject, description });
    if (!out) return;
    setSubject('');
    setDescription('');
    setSupervisorId(null);
    onRecorded();
  };
  if (!present.length) return null;
  return (
    <View className="card" data-testid="suggestion-form">
      <Text className="card-title">录入会上的意见建议</Text>
      <Text className="text-block muted">每条意见建议转为作风监督意见，由本单位答复整改，提出的监督员确认。</Text>
      <ChoiceField
        name="supervisorId"
        label="提出的监督员"
        options={present.map((i) => ({ value: i.supervisorId, label: i.name }))}
        value={supervisorId}
        error={err('supervisorId')}
        onChange={setSupervisorId}
      />
      <TextField
        name="subject"
        label="标题"
        value={subject}
        maxlength={40}
        placeholder="例如：规范网络交易平台"
        error={err('subject')}
        onChange={setSubject}
      />
      <TextAreaField
        name="description"
        label="意见建议内容"
        value={description}
        maxlength={1000}
        placeholder="监督员在会上提出的具体意见建议"
        error={err('description')}
        onChange={setDescription}
      />
      <FieldError name="suggestion" error={errorBeside(record.error, SHOWN)} />
      <BusyButton
        className="btn btn-primary"
        data-testid="submit-suggestion"
        busy={record.loading}
        onClick={() => void submit()}
      >
        录入意见建议
      </BusyButton>
    </View>
  );
}
