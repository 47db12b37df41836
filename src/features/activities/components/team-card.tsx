import { useState } from 'react';
import Taro from '@tarojs/taro';
import { routeUrl } from '../../../app-shell/route-paths';
import { Button, Text, View } from '@tarojs/components';
import {
  decideTeamRequest,
  leaveTeam,
  requestToJoinTeam,
  setTeamLeader,
  teamDetail,
  type TeamView,
} from '@types-contract/activities/teams';
import { BusyButton } from '../../../components/busy-button';
import { FieldError } from '../../../components/field-error';
import { useAction, useQuery } from '../../../lib/cloud';

const MINE: Record<NonNullable<TeamView['mine']>, string> = {
  leader: '我是队长',
  member: '我是队员',
  pending: '已申请，等待队长同意',
};

/** The members, and the requests waiting for whoever manages the team (accept or decline each). */
function TeamMembers({ team, onChanged }: { team: TeamView; onChanged: () => void }) {
  const detail = useQuery(teamDetail, { teamId: team.id });
  const decide = useAction(decideTeamRequest);
  const lead = useAction(setTeamLeader);
  const setLeader = async (veteranId: string) => {
    if (await lead.run({ teamId: team.id, veteranId })) {
      detail.retry();
      onChanged();
    }
  };
  const run = async (veteranId: string, accept: boolean) => {
    if (await decide.run({ teamId: team.id, veteranId, accept })) {
      detail.retry();
      onChanged();
    }
  };
  const d = detail.data;
  if (!d) return null;
  return (
    <View className="team-members">
      <Text className="field-label">队员（{d.members.length}人）</Text>
      <Text className="text-block">{d.members.map((m) => (m.leader ? `${m.name}（队长）` : m.name)).join('、')}</Text>
      {/* Staff over the team (they manage it without leading it) may name another member leader. */}
      {team.manages && team.mine !== 'leader'
        ? d.members
            .filter((m) => !m.leader)
            .map((m) => (
              <View key={m.veteranId} className="roster-row" data-testid="team-member">
                <Text className="roster-name">{m.name}</Text>
                <Button
                  className="btn btn-plain btn-small"
                  disabled={lead.loading || undefined}
                  onClick={() => void setLeader(m.veteranId)}
                >
                  设为队长
                </Button>
              </View>
            ))
        : null}
      {d.pending.length ? <Text className="field-label">待同意的申请</Text> : null}
      {d.pending.map((p) => (
        <View key={p.veteranId} className="roster-row" data-testid="team-request">
          <Text className="roster-name">{p.name}</Text>
          <BusyButton
            className="btn btn-primary btn-small"
            busy={decide.loading}
            onClick={() => void run(p.veteranId, true)}
          >
            同意
          </BusyButton>
          <Button
            className="btn btn-plain btn-small"
            disabled={decide.loading || undefined}
            onClick={() => void run(p.veteranId, false)}
          >
            不同意
          </Button>
        </View>
      ))}
      <FieldError error={(decide.error ?? lead.error)?.message} />
    </View>
  );
}

/** One team: who leads it, how many, the caller's standing and what they can do about it. */
export function TeamCard({ team, canJoin, onChanged }: { team: TeamView; canJoin: boolean; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const join = useAction(requestToJoinTeam);
  const leave = useAction(leaveTeam);
  const act = async (run: () => Promise<unknown>) => {
    if (await run()) onChanged();
  };
  return (
    <View className="card" data-testid="team-card">
      <Text className="card-title">{team.name}</Text>
      <Text className="muted text-block">
        {team.orgName} · 队长 {team.leaderName} · {team.members}人
      </Text>
      {team.mine ? <Text className="status-ok text-block">{MINE[team.mine]}</Text> : null}
      {!team.mine && canJoin ? (
        <BusyButton
          className="btn btn-primary"
          busy={join.loading}
          onClick={() => void act(() => join.run({ teamId: team.id }))}
        >
          申请加入
        </BusyButton>
      ) : null}
      {team.mine === 'member' ? (
        <BusyButton
          className="btn btn-plain"
          busy={leave.loading}
          onClick={() => void act(() => leave.run({ teamId: team.id }))}
        >
          退出该队
        </BusyButton>
      ) : null}
      <FieldError error={(join.error ?? leave.error)?.message} />
      {team.manages ? (
        <Button
          className="btn btn-plain"
          data-testid="team-new-activity"
          onClick={() => void Taro.navigateTo({ url: `${routeUrl('activityCreate')}?teamId=${team.id}` })}
        >
          为本队发起活动
        </Button>
      ) : null}
      <Button className="btn btn-plain" onClick={() => setOpen(!open)}>
        {open ? '收起' : team.manages ? '队员和入队申请' : '查看队员'}
      </Button>
      {open ? <TeamMembers team={team} onChanged={onChanged} /> : null}
    </View>
  );
}
