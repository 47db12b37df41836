import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { listChildren } from '@types-contract/org/queries';
import { useQuery } from '../../../lib/cloud';

/** Staff above the grids: walk down from their jurisdiction to a grid and open its group (read and pin). */
export function GroupBrowser({
  rootId,
  rootName,
  onOpen,
}: {
  rootId: string;
  rootName: string;
  onOpen: (gridId: string) => void;
}) {
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([{ id: rootId, name: rootName }]);
  const current = trail[trail.length - 1];
  const children = useQuery(listChildren, { parentId: current.id });
  return (
    <View className="card" data-testid="group-browser">
      <Text className="card-title">查看辖区网格群</Text>
      <Text className="muted">{trail.map((t) => t.name).join(' › ')}</Text>
      {trail.length > 1 ? (
        <Button className="btn btn-plain btn-small" onClick={() => setTrail(trail.slice(0, -1))}>
          返回上一级
        </Button>
      ) : null}
      {(children.data?.items ?? []).map((o) => (
        <View
          key={o.id}
          className="list-item"
          onClick={() => (o.kind === 'grid' ? onOpen(o.id) : setTrail([...trail, { id: o.id, name: o.name }]))}
        >
          <Text className="text-block">{o.name}</Text>
          <Text className="muted">{o.kind === 'grid' ? '打开网格群 ›' : '›'}</Text>
        </View>
      ))}
    </View>
  );
}
