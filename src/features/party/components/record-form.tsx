import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { recordMeeting, uploadMeetingPhoto, type MeetingView } from '@types-contract/party/meetings';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance } from '@types-contract/party/model';
import { ChoiceChips } from '../../../components/choice-chips';
import { FieldError } from '../../../components/field-error';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';
import { useAction } from '../../../lib/cloud';
import { usePhotoUploads } from '../../../lib/uploads';

interface Props {
  meeting: MeetingView;
  onRecorded: () => void;
}

/** After the meeting: each member present, excused or absent (all present to start with), the minutes, photos. */
export function RecordForm({ meeting, onRecorded }: Props) {
  const [status, setStatus] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(meeting.roster.map((r) => [r.veteranId, r.status ?? 'present'])),
  );
  const [minutes, setMinutes] = useState('');
  const photos = usePhotoUploads(uploadMeetingPhoto, 9);
  const record = useAction(recordMeeting);
  const err = (f: string) => (record.error?.field === f ? record.error.message : undefined);
  const submit = async () => {
    const out = await record.run({
      meetingId: meeting.id,
      attendance: meeting.roster.map((r) => ({ veteranId: r.veteranId, status: status[r.veteranId] })),
      minutes,
      photoFileIds: photos.fileIds,
    });
    if (out) onRecorded();
  };
  return (
    <View>
      <View className="card" data-testid="attendance-form">
        <Text className="card-title">出席情况（应到{meeting.roster.length}人）</Text>
        {meeting.roster.map((r, i) => (
          <View key={r.veteranId} className="attendance-row" data-testid={`attendance-${i}`}>
            <ChoiceChips
              name={`attendance-${r.veteranId}`}
              label={r.name}
              options={ATTENDANCE}
              labels={ATTENDANCE_LABELS}
              value={status[r.veteranId]}
              onChange={(s) => setStatus((old) => ({ ...old, [r.veteranId]: s }))}
            />
          </View>
        ))}
        <FieldError name="attendance" error={err('attendance')} />
      </View>
      <View className="card">
        <TextAreaField
          name="minutes"
          label="会议记录"
          value={minutes}
          maxlength={5000}
          placeholder="会议议程、学习内容、讨论和决定的事项"
          error={err('minutes')}
          onChange={setMinutes}
        />
        <PhotoStrip
          label="会议照片（选填，最多9张）"
          max={9}
          previews={photos.previews}
          busy={photos.busy}
          error={photos.error ?? err('photoFileIds')}
          onAdd={photos.add}
          onRemove={photos.remove}
        />
      </View>
      <View className="card">
        <FieldError
          name="record"
          error={
            record.error && !['attendance', 'minutes', 'photoFileIds'].includes(record.error.field ?? '')
              ? record.error.message
              : undefined
          }
        />
        <Button
          className="btn btn-primary"
          data-testid="submit-record"
          loading={record.loading}
          disabled={photos.busy}
          onClick={() => void submit()}
        >
          保存会议记录
        </Button>
      </View>
    </View>
  );
}
