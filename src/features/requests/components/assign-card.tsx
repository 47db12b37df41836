import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { RequestDetail } from '@types-contract/requests/views';
import { handleRequest } from '@types-contract/requests/handle';
import { listStaff } from '@types-contract/account/staff';
import { useAction, useQuery } from '../../../lib/cloud';

/** The handling node's staff member who will carry the request (指派给个人). */
export function AssignCard({ detail, onChanged }: { detail: RequestDetail; onChanged: () => void }) {
  const staff = useQuery(listStaff, { orgId: detail.handler.orgId });
  const assign = useAction(handleRequest);
  const [index, setIndex] = useState(0);
  const people = staff.data?.items.filter((s) => s.status === 'active') ?? [];
  if (!people.length) return null;
  const run = async () => {
    if (await assign.run({ id: detail.id, version: detail.version, step: 'assign', assigneeId: people[index].id }))
      onChanged();
  };
  return (
    <View className="card" data-testid="assign">
      <Text className="card-title">指派经办人</Text>
      <Picker
        mode="selector"
        range={people.map((p) => `${p.name}（${p.roleLabel}）`)}
        value={index}
        onChange={(e) => setIndex(Number(e.detail.value))}
      >
        <View className="row">
          <Text>经办人</Text>
          <Text className="muted">{people[index].name} ›</Text>
        </View>
      </Picker>
      {assign.error ? <Text className="field-error">{assign.error.message}</Text> : null}
      <Button className="btn btn-plain" disabled={assign.loading || undefined} onClick={() => void run()}>
        指派
      </Button>
    </View>
  );
}
