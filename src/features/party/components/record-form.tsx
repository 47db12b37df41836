import { useState } from 'react';
import { View } from '@tarojs/components';
import { recordMeeting, uploadMeetingPhoto, type MeetingView } from '@types-contract/party/meetings';
import { AttendanceRoster, useAttendance } from '../../../components/attendance-roster';
import { FieldError } from '../../../components/field-error';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { usePhotoUploads } from '../../../lib/uploads';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  meeting: MeetingView;
  onRecorded: () => void;
}

/** After the meeting: each member present, excused or absent (all present to start with), the minutes, photos. */
export function RecordForm({ meeting, onRecorded }: Props) {
  const people = meeting.roster.map((r) => ({ id: r.veteranId, name: r.name, status: r.status }));
  const attendance = useAttendance(people);
  const [minutes, setMinutes] = useState('');
  const photos = usePhotoUploads(uploadMeetingPhoto, 9);
  const record = useAction(recordMeeting);
  const err = (f: string) => errorOn(record.error, f);
  const submit = async () => {
    const out = await record.run({
      meetingId: meeting.id,
      attendance: meeting.roster.map((r) => ({ veteranId: r.veteranId, status: attendance.status[r.veteranId] })),
      minutes,
      photoFileIds: photos.fileIds,
    });
    if (out) onRecorded();
  };
  return (
    <View>
      <AttendanceRoster
        title={`出席情况（应到${people.length}人）`}
        people={people}
        attendance={attendance}
        error={err('attendance')}
      />
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
        <FieldError name="record" error={errorBeside(record.error, ['attendance', 'minutes', 'photoFileIds'])} />
        <BusyButton
          className="btn btn-primary"
          data-testid="submit-record"
          busy={record.loading}
          disabled={photos.busy}
          onClick={() => void submit()}
        >
          保存会议记录
        </BusyButton>
      </View>
    </View>
  );
}
