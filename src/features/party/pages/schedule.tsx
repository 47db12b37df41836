import '../party.css';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { myBranches } from '@types-contract/party/organisation';
import { scheduleMeeting } from '@types-contract/party/meetings';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@types-contract/party/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { ChoiceChips } from '../../../components/choice-chips';
import { ChoiceField } from '../../../components/choice-field';
import { DateField } from '../../../components/date-field';
import { FieldError } from '../../../components/field-error';
import { TextField } from '../../../components/text-field';
import { TimeField } from '../../../components/time-field';
import { useAction, useQuery, errorOn } from '../../../lib/cloud';
import { dayFromToday, instantAt } from '../../../lib/time/format';
import { BusyButton } from '../../../components/busy-button';

const SHOWN = ['kind', 'smallGroupId', 'subject', 'place', 'startAt'];

/**
 * 安排组织生活: 支部党员大会, 支委会, 党小组会 (of one 党小组), 党课 or 主题党日, with date, time, subject and place.
 * Its roster is the branch's (or the 党小组's) members now; a meeting already held may be entered and recorded.
 */
export default function ScheduleMeetingPage() {
  const branchId = useRouter().params.branchId ?? '';
  const branches = useQuery(myBranches, {});
  const schedule = useAction(scheduleMeeting);
  const [kind, setKind] = useState<MeetingKind>('small_group');
  const [smallGroupId, setSmallGroupId] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(() => dayFromToday(1));
  const [time, setTime] = useState('09:30');
  const err = (f: string) => errorOn(schedule.error, f);
  const submit = async () => {
    const out = await schedule.run({
      kind,
      branchId,
      ...(kind === 'small_group' && smallGroupId ? { smallGroupId } : {}),
      subject,
      place,
      startAt: instantAt(date, time),
    });
    if (out) void Taro.redirectTo({ url: `${routeUrl('partyMeeting')}?id=${out.meetingId}` });
  };
  return (
    <PageShell>
      <QueryView query={branches}>
        {({ items }) => {
          const branch = items.find((b) => b.id === branchId);
          if (!branch)
            return (
              <View className="card">
                <Text className="text-block">只有本支部书记和党务工作者可以安排组织生活。</Text>
              </View>
            );
          return (
            <View>
              <View className="card">
                <Text className="card-title">{branch.name}</Text>
                <ChoiceChips
                  name="kind"
                  label="会议类型"
                  options={MEETING_KINDS}
                  labels={MEETING_KIND_LABELS}
                  value={kind}
                  error={err('kind')}
                  onChange={setKind}
                />
                {kind === 'small_group' ? (
                  <ChoiceField
                    name="smallGroupId"
                    label="党小组"
                    options={branch.smallGroups.map((g) => ({ value: g.id, label: `${g.name}（${g.members}人）` }))}
                    value={smallGroupId}
                    error={err('smallGroupId')}
                    onChange={setSmallGroupId}
                  />
                ) : null}
                <TextField
                  name="subject"
                  label="会议主题"
                  value={subject}
                  maxlength={60}
                  placeholder="例如：学习党章，交流网格巡查体会"
                  error={err('subject')}
                  onChange={setSubject}
                />
                <TextField
                  name="place"
                  label="会议地点"
                  value={place}
                  maxlength={60}
                  placeholder="例如：社区党群服务中心会议室"
                  error={err('place')}
                  onChange={setPlace}
                />
                <DateField name="meeting-date" label="日期" value={date} onChange={setDate} />
                <TimeField name="startAt" label="开始时间" value={time} error={err('startAt')} onChange={setTime} />
              </View>
              <View className="card">
                <FieldError
                  name="schedule"
                  error={
                    schedule.error && !SHOWN.includes(schedule.error.field ?? '') ? schedule.error.message : undefined
                  }
                />
                <BusyButton
                  className="btn btn-primary"
                  data-testid="submit-schedule"
                  busy={schedule.loading}
                  onClick={() => void submit()}
                >
                  安排会议
                </BusyButton>
              </View>
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
