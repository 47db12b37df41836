import { useState } from 'react';
import { View } from '@tarojs/components';
import { recordSupervisorAttendance, type SupervisorMeetingView } from '@types-contract/supervision/meetings';
import { AttendanceRoster, useAttendance } from '../../../components/attendance-roster';
import { FieldError } from '../../../components/field-error';
import { TextAreaField } from '../../../components/text-area-field';
import { useAction, errorBeside, errorOn } from '../../../lib/cloud';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  meeting: SupervisorMeetingView;
  onRecorded: () => void;
}

/** After the meeting began: each invited supervisor present, excused or absent (present to start with), the summary. */
export function MeetingAttendanceForm({ meeting, onRecorded }: Props) {
  const people = meeting.invitees.map((i) => ({ id: i.supervisorId, name: i.name }));
  const attendance = useAttendance(people);
  const [summary, setSummary] = useState('');
  const record = useAction(recordSupervisorAttendance);
  const err = (f: string) => errorOn(record.error, f);
  const submit = async () => {
    const out = await record.run({
      meetingId: meeting.id,
      attendance: meeting.invitees.map((i) => ({
        supervisorId: i.supervisorId,
        status: attendance.status[i.supervisorId],
      })),
      summary,
    });
    if (out) onRecorded();
  };
  return (
    <View>
      <AttendanceRoster
        title={`出席情况（邀请${people.length}人）`}
        people={people}
        attendance={attendance}
        error={err('attendance')}
      />
      <View className="card">
        <TextAreaField
          name="summary"
          label="会议纪要"
          value={summary}
          maxlength={2000}
          placeholder="会议议程、通报的工作、监督员发言要点"
          error={err('summary')}
          onChange={setSummary}
        />
        <FieldError name="record" error={errorBeside(record.error, ['attendance', 'summary'])} />
        <BusyButton
          className="btn btn-primary"
          data-testid="submit-attendance"
          busy={record.loading}
          onClick={() => void submit()}
        >
          保存出席情况和纪要
        </BusyButton>
      </View>
    </View>
  );
}
