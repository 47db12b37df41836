import '../supervision.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import {
  inviteSupervisors,
  SUPERVISOR_MEETING_KIND_LABELS,
  SUPERVISOR_MEETING_KINDS,
  type SupervisorMeetingKind,
} from '@types-contract/supervision/meetings';
import { PageShell } from '../../../app-shell/page-shell';
import { ChoiceChips } from '../../../components/choice-chips';
import { DateField } from '../../../components/date-field';
import { FieldError } from '../../../components/field-error';
import { TextField } from '../../../components/text-field';
import { TimeField } from '../../../components/time-field';
import { useAction, errorOn } from '../../../lib/cloud';
import { day, instantAt } from '../../../lib/time/format';
import { supervisionUrl } from '../routes';
import { BusyButton } from '../../../components/busy-button';

const SHOWN = ['kind', 'title', 'place', 'startAt'];

/**
 * 邀请监督员: a 座谈会, a working meeting they attend, or a major activity; every supervisor of the body in
 * term is invited (the function picks them). A meeting already held may be entered to record it.
 */
export default function NewSupervisorMeetingPage() {
  const invite = useAction(inviteSupervisors);
  const [kind, setKind] = useState<SupervisorMeetingKind>('symposium');
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(() => day(new Date(Date.now() + 86_400_000).toISOString()));
  const [time, setTime] = useState('09:30');
  const err = (f: string) => errorOn(invite.error, f);
  const submit = async () => {
    const out = await invite.run({
      kind,
      title,
      place,
      startAt: instantAt(date, time),
    });
    if (out) void Taro.redirectTo({ url: supervisionUrl('meeting', { id: out.meetingId }) });
  };
  return (
    <PageShell>
      <View className="card">
        <ChoiceChips
          name="kind"
          label="会议类型"
          options={SUPERVISOR_MEETING_KINDS}
          labels={SUPERVISOR_MEETING_KIND_LABELS}
          value={kind}
          error={err('kind')}
          onChange={setKind}
        />
        <TextField
          name="title"
          label="会议名称"
          value={title}
          maxlength={60}
          placeholder="例如：机关作风监督员座谈会"
          error={err('title')}
          onChange={setTitle}
        />
        <TextField
          name="place"
          label="会议地点"
          value={place}
          maxlength={60}
          placeholder="例如：三楼会议室"
          error={err('place')}
          onChange={setPlace}
        />
        <DateField name="meeting-date" label="日期" value={date} onChange={setDate} error={err('startAt')} />
        <TimeField name="meeting-time" label="开始时间" value={time} onChange={setTime} />
      </View>
      <View className="card">
        <FieldError
          name="invite"
          error={invite.error && !SHOWN.includes(invite.error.field ?? '') ? invite.error.message : undefined}
        />
        <BusyButton
          className="btn btn-primary"
          data-testid="submit-invite"
          busy={invite.loading}
          onClick={() => void submit()}
        >
          邀请在任监督员
        </BusyButton>
      </View>
    </PageShell>
  );
}
