import '../activities.css';
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { createActivity } from '@types-contract/activities/manage';
import { listTeams } from '@types-contract/activities/teams';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  PUBLICITY_VENUE_LABELS,
  PUBLICITY_VENUES,
} from '@types-contract/activities/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { ChoiceChips } from '../../../components/choice-chips';
import { DateField } from '../../../components/date-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { TimeField } from '../../../components/time-field';
import { seatsWhere } from '../../../lib/auth/policy';
import { useAction, useQuery, errorOn } from '../../../lib/cloud';
import { DEADLINES, initialValues, timesOf, whole, type ActivityFormValues } from '../activity-form-values';
import { AudiencePicker, type PlaceChoice } from '../components/audience-picker';
import { BusyButton } from '../../../components/busy-button';

/** 发起活动: what, for whom, where, when, how many; it then shows as a card in its audience's groups. */
export default function CreateActivityPage() {
  const me = useQuery(whoami, {});
  // From a team's card (为本队发起活动): organised at the team's node, for its members only.
  const teamId = useRouter().params.teamId ?? '';
  const teams = useQuery(listTeams, {}, { enabled: Boolean(teamId) });
  const team = teams.data?.teams.find((t) => t.id === teamId && t.manages) ?? null;
  const [v, setV] = useState<ActivityFormValues>(initialValues);
  const [organiser, setOrganiser] = useState<PlaceChoice | null>(null);
  const [audience, setAudience] = useState<PlaceChoice | null>(null);
  const create = useAction(createActivity);
  const set =
    <K extends keyof ActivityFormValues>(k: K) =>
    (value: ActivityFormValues[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const err = (f: string) => errorOn(create.error, f);
  const submit = async () => {
    const org = team ? { id: team.orgId, name: team.orgName } : organiser;
    const to = team ? org : audience;
    if (!org || !to) return void Taro.showToast({ title: '请选择组织单位和面向范围', icon: 'none' });
    const out = await create.run({
      kind: v.kind,
      venue: v.kind === 'publicity' ? v.venue : null,
      title: v.title,
      description: v.description,
      organiserOrgId: org.id,
      audienceOrgId: to.id,
      audienceTeamId: team?.id ?? null,
      place: v.place,
      ...timesOf(v),
      capacity: whole(v.capacity),
      waitlistCap: whole(v.waitlistCap),
    });
    if (out) void Taro.redirectTo({ url: `${routeUrl('activityOrganise')}?id=${out.id}` });
  };
  const shown = ['title', 'description', 'place', 'venue', 'capacity', 'waitlistCap', 'startAt', 'endAt'];
  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => {
          const seats = team
            ? [{ id: team.orgId, name: team.orgName }]
            : seatsWhere(who, 'activity:organise').map((r) => ({ id: r.orgId, name: r.orgName }));
          const nodes = [...new Map(seats.map((s) => [s.id, s])).values()];
          const current = organiser ?? (nodes.length === 1 ? nodes[0] : null);
          if (teamId && !team)
            return (
              <View className="card">
                <Text className="text-block">
                  {teams.loading ? '正在读取志愿服务队…' : '只有队长和上级工作人员可以为本队发起活动。'}
                </Text>
              </View>
            );
          if (!nodes.length)
            return (
              <View className="card">
                <Text className="text-block">只有网格员和服务站、街道、区的工作人员可以发起活动。</Text>
              </View>
            );
          return (
            <View>
              <View className="card">
                <ChoiceChips
                  name="kind"
                  label="活动类型"
                  options={ACTIVITY_KINDS}
                  labels={ACTIVITY_KIND_LABELS}
                  value={v.kind}
                  onChange={set('kind')}
                />
                {v.kind === 'publicity' ? (
                  <ChoiceChips
                    name="venue"
                    label="宣传去向"
                    options={PUBLICITY_VENUES}
                    labels={PUBLICITY_VENUE_LABELS}
                    value={v.venue}
                    error={err('venue')}
                    onChange={set('venue')}
                  />
                ) : null}
                <TextField
                  name="title"
                  label="活动名称"
                  value={v.title}
                  maxlength={40}
                  placeholder="例如：党员义工巡查队周末巡查"
                  error={err('title')}
                  onChange={set('title')}
                />
                <TextAreaField
                  name="description"
                  label="活动说明（选填）"
                  value={v.description}
                  maxlength={1000}
                  placeholder="要做什么、带什么、注意什么"
                  error={err('description')}
                  onChange={set('description')}
                />
              </View>
              <View className="card">
                {nodes.length > 1 ? (
                  <View className="field" data-field="organiser">
                    <Text className="field-label">组织单位</Text>
                    <View className="chips">
                      {nodes.map((n) => (
                        <Button
                          key={n.id}
                          className={`btn btn-small chip ${current?.id === n.id ? 'chip-on btn-primary' : 'btn-plain'}`}
                          onClick={() => {
                            setOrganiser(n);
                            setAudience(null);
                          }}
                        >
                          {n.name}
                        </Button>
                      ))}
                    </View>
                  </View>
                ) : (
                  <Text className="text-block">组织单位：{current?.name}</Text>
                )}
                {team ? (
                  <Text className="text-block" data-testid="audience-team">
                    面向：{team.name}的队员（只有本队队员可以报名）
                  </Text>
                ) : current ? (
                  <AudiencePicker
                    label="面向谁（所在网格的退役军人可以报名）"
                    testId="audience"
                    root={current}
                    value={audience}
                    onChange={(a) => {
                      setOrganiser(current);
                      setAudience(a);
                    }}
                  />
                ) : null}
                {err('audienceOrgId') ? <Text className="field-error">{err('audienceOrgId')}</Text> : null}
              </View>
              <View className="card">
                <TextField
                  name="place"
                  label="活动地点"
                  value={v.place}
                  maxlength={60}
                  placeholder="例如：永济社区党群服务中心门口"
                  error={err('place')}
                  onChange={set('place')}
                />
                <DateField name="activity-date" label="日期" value={v.date} onChange={set('date')} />
                <TimeField
                  name="startAt"
                  label="开始时间"
                  value={v.startTime}
                  error={err('startAt')}
                  onChange={set('startTime')}
                />
                <TimeField
                  name="endAt"
                  label="结束时间"
                  value={v.endTime}
                  error={err('endAt')}
                  onChange={set('endTime')}
                />
                <ChoiceChips
                  name="deadline"
                  label="报名截止"
                  options={Object.keys(DEADLINES) as (keyof typeof DEADLINES)[]}
                  labels={DEADLINES}
                  value={v.deadline}
                  error={err('signupDeadline')}
                  onChange={set('deadline')}
                />
                <TextField
                  name="capacity"
                  label="名额（人）"
                  type="number"
                  value={v.capacity}
                  placeholder="例如 20"
                  error={err('capacity')}
                  onChange={set('capacity')}
                />
                <TextField
                  name="waitlistCap"
                  label="候补名额（人，不设候补填0）"
                  type="number"
                  value={v.waitlistCap}
                  placeholder="例如 5"
                  error={err('waitlistCap')}
                  onChange={set('waitlistCap')}
                />
              </View>
              <View className="card">
                {create.error && !shown.includes(create.error.field ?? '') ? (
                  <Text className="field-error" data-testid="create-error">
                    {create.error.message}
                  </Text>
                ) : null}
                <BusyButton
                  className="btn btn-primary"
                  data-testid="create-activity"
                  busy={create.loading}
                  onClick={() => void submit()}
                >
                  发布活动
                </BusyButton>
              </View>
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
