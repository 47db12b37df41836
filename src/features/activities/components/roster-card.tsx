import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { RosterEntry } from '@types-contract/activities/manage';
import { markAttendance } from '@types-contract/activities/checkin';
import { issueCertificate, recordHours } from '@types-contract/activities/records';
import { routeUrl } from '../../../app-shell/route-paths';
import { useAction } from '../../../lib/cloud';
import { hoursText } from '../hours';
import { CorrectHoursForm } from './correct-hours-form';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  activityId: string;
  organiserOrgId: string;
  /** From an hour before the start: ticking names. */
  checkinOpen: boolean;
  /** From the start: recording hours. */
  started: boolean;
  defaultHours: number;
  roster: RosterEntry[];
  /** After a change of the roster; `corrected` when recorded hours were corrected. */
  onChanged: (corrected?: boolean) => void;
}

/** The roster: tick who came, record each person's hours once, issue a 志愿服务记录证明; the waiting list in order. */
export function RosterCard({
  activityId,
  organiserOrgId,
  checkinOpen,
  started,
  defaultHours,
  roster,
  onChanged,
}: Props) {
  const [hours, setHours] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState<string | null>(null);
  const tick = useAction(markAttendance);
  const record = useAction(recordHours);
  const issue = useAction(issueCertificate);
  const signed = roster.filter((r) => r.status === 'signed');
  const waiting = roster.filter((r) => r.status === 'waitlisted');
  const toRecord = signed.filter((r) => r.checkedIn && r.minutes === null);
  const hoursOf = (r: RosterEntry) => hours[r.signupId] ?? String(defaultHours);
  const doTick = async (r: RosterEntry) => {
    if (await tick.run({ activityId, signupIds: [r.signupId] })) onChanged();
  };
  const doRecord = async () => {
    const entries = toRecord.map((r) => ({ signupId: r.signupId, hours: Number(hoursOf(r)) }));
    const out = await record.run({ activityId, entries });
    if (!out) return;
    void Taro.showToast({ title: `已登记${out.recorded}人`, icon: 'none' });
    onChanged();
  };
  const doIssue = async (r: RosterEntry) => {
    const out = await issue.run({ veteranId: r.veteranId, issuerOrgId: organiserOrgId });
    if (out) void Taro.navigateTo({ url: `${routeUrl('volunteerCertificate')}?number=${out.number}` });
  };
  const error = tick.error ?? record.error ?? issue.error;
  return (
    <View className="card" data-testid="roster">
      <Text className="card-title">
        报名名单（{signed.length}人，已签到{signed.filter((r) => r.checkedIn).length}人）
      </Text>
      {signed.length === 0 ? <Text className="text-block muted">还没有人报名。</Text> : null}
      {signed.map((r) => (
        <View key={r.signupId} className="roster-row" data-testid={`roster-${r.name}`}>
          <Text className="roster-name">{r.name}</Text>
          {r.minutes !== null ? (
            <>
              <Text className="status-ok">已登记 {hoursText(r.minutes / 60)}</Text>
              <Button
                className="btn btn-plain btn-small"
                data-testid="issue-certificate"
                onClick={() => void doIssue(r)}
              >
                出具证明
              </Button>
              <Button
                className="btn btn-plain btn-small"
                data-testid={`honour-${r.name}`}
                onClick={() =>
                  void Taro.navigateTo({
                    url: `${routeUrl('volunteerHonour')}?veteranId=${r.veteranId}&orgId=${organiserOrgId}&name=${encodeURIComponent(r.name)}`,
                  })
                }
              >
                培训/表彰
              </Button>
              <Button
                className="btn btn-plain btn-small"
                data-testid={`open-correct-${r.name}`}
                onClick={() => setCorrecting(correcting === r.signupId ? null : r.signupId)}
              >
                更正
              </Button>
              {correcting === r.signupId ? (
                <CorrectHoursForm
                  activityId={activityId}
                  signupId={r.signupId}
                  name={r.name}
                  hours={r.minutes / 60}
                  onDone={() => {
                    setCorrecting(null);
                    onChanged(true);
                  }}
                />
              ) : null}
            </>
          ) : r.checkedIn ? (
            <>
              <Text className="status-ok">已签到</Text>
              {started ? (
                <Input
                  className="hours-input"
                  type="digit"
                  aria-label={`${r.name}的服务时长（小时）`}
                  data-testid={`hours-${r.name}`}
                  value={hoursOf(r)}
                  onInput={(e) => setHours((h) => ({ ...h, [r.signupId]: e.detail.value }))}
                />
              ) : null}
            </>
          ) : checkinOpen ? (
            <Button className="btn btn-plain btn-small" data-testid={`tick-${r.name}`} onClick={() => void doTick(r)}>
              点名到场
            </Button>
          ) : (
            <Text className="muted">未签到</Text>
          )}
        </View>
      ))}
      {started && toRecord.length ? (
        <BusyButton
          className="btn btn-primary"
          data-testid="record-hours"
          busy={record.loading}
          onClick={() => void doRecord()}
        >
          登记服务时长（{toRecord.length}人，单位：小时）
        </BusyButton>
      ) : null}
      {!started ? (
        <Text className="text-block muted">活动开始前1小时起可以签到和点名，开始后登记服务时长。</Text>
      ) : null}
      {error ? (
        <Text className="field-error" data-testid="roster-error">
          {error.message}
        </Text>
      ) : null}
      {waiting.length ? (
        <View data-testid="waiting-list">
          <Text className="card-title">候补名单（按顺序递补）</Text>
          {waiting.map((r) => (
            <View key={r.signupId} className="roster-row">
              <Text className="roster-name">
                第{r.position}位 {r.name}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
