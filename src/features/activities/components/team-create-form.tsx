import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { createTeam } from '@types-contract/activities/teams';
import { listVolunteers } from '@types-contract/activities/volunteer-list';
import { BusyButton } from '../../../components/busy-button';
import { ChoiceChips } from '../../../components/choice-chips';
import { FieldError } from '../../../components/field-error';
import { TextField } from '../../../components/text-field';
import { errorBeside, errorOn, useAction, useQuery } from '../../../lib/cloud';

/**
 * 组建志愿服务队 (staff): the place (a community or street of the caller's), a name, and a leader chosen
 * among the volunteers registered there.
 */
export function TeamCreateForm({
  places,
  onCreated,
}: {
  places: { id: string; name: string }[];
  onCreated: () => void;
}) {
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const [name, setName] = useState('');
  const [leader, setLeader] = useState<{ id: string; name: string } | null>(null);
  const volunteers = useQuery(listVolunteers, { orgId: placeId, page: 1, pageSize: 50 }, { enabled: Boolean(placeId) });
  const create = useAction(createTeam);
  const submit = async () => {
    if (!leader) return;
    if (await create.run({ orgId: placeId, name: name.trim(), leaderVeteranId: leader.id })) {
      setName('');
      setLeader(null);
      onCreated();
    }
  };
  return (
    <View className="card" data-testid="team-create">
      <Text className="card-title">组建志愿服务队</Text>
      {places.length > 1 ? (
        <ChoiceChips
          name="teamPlace"
          label="所属单位"
          options={places.map((p) => p.id)}
          labels={Object.fromEntries(places.map((p) => [p.id, p.name]))}
          value={placeId}
          onChange={(id) => {
            setPlaceId(id);
            setLeader(null);
          }}
        />
      ) : null}
      <TextField
        name="teamName"
        label="队名"
        value={name}
        placeholder="例如：党员义工巡查队"
        error={errorOn(create.error, 'name') ?? errorOn(create.error, 'orgId')}
        onChange={setName}
      />
      <Text className="field-label">队长（从本单位已登记的志愿者中选择）</Text>
      {leader ? (
        <View className="roster-row">
          <Text className="roster-name">队长：{leader.name}</Text>
          <Button className="btn btn-plain btn-small" onClick={() => setLeader(null)}>
            重新选择
          </Button>
        </View>
      ) : (
        (volunteers.data?.items ?? []).map((v) => (
          <View key={v.veteranId} className="roster-row" data-testid="leader-choice">
            <Text className="roster-name">
              {v.name}　{v.place}
            </Text>
            <Button className="btn btn-plain btn-small" onClick={() => setLeader({ id: v.veteranId, name: v.name })}>
              设为队长
            </Button>
          </View>
        ))
      )}
      {volunteers.data && !volunteers.data.items.length ? (
        <Text className="muted text-block">本单位还没有登记的志愿者，请先请退役军人在“我的志愿服务”中登记。</Text>
      ) : null}
      <FieldError
        error={
          errorOn(create.error, 'leaderVeteranId') ?? errorBeside(create.error, ['name', 'orgId', 'leaderVeteranId'])
        }
      />
      <BusyButton
        className="btn btn-primary"
        data-testid="create-team"
        busy={create.loading}
        disabled={!leader || !name.trim()}
        onClick={() => void submit()}
      >
        组建
      </BusyButton>
    </View>
  );
}
