import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { noticeScopes } from '@types-contract/notices/contracts';
import type { ScopeOption } from '@types-contract/notices/views';
import { ORG_KIND_LABELS } from '@types-contract/org/model';
import { useQuery } from '../../../../lib/cloud';

/** The publish scope: the caller's own jurisdiction, or a place under it (one level at a time). */
export function ScopePicker({ value, onChange }: { value: ScopeOption | null; onChange: (s: ScopeOption) => void }) {
  const [parent, setParent] = useState<ScopeOption | null>(null);
  const options = useQuery(noticeScopes, { parentId: parent?.orgId ?? null });
  return (
    <View className="field" data-testid="scope-picker">
      <Text className="field-label">
        发布范围：{value ? `${value.name}（${ORG_KIND_LABELS[value.kind]}）` : '请选择'}
      </Text>
      {parent ? (
        <Button className="btn btn-plain btn-small" onClick={() => setParent(null)}>
          返回我的辖区
        </Button>
      ) : null}
      {(options.data?.items ?? []).map((o) => (
        <View key={o.orgId} className={`list-item ${value?.orgId === o.orgId ? 'list-item-selected' : ''}`}>
          <Text className="text-block" onClick={() => onChange(o)}>
            {value?.orgId === o.orgId ? '✓ ' : ''}
            {o.name}
          </Text>
          {o.kind !== 'grid' ? (
            <Button className="btn btn-plain btn-small" onClick={() => setParent(o)}>
              选择下级
            </Button>
          ) : null}
        </View>
      ))}
      {options.error ? <Text className="field-error">{options.error.message}</Text> : null}
    </View>
  );
}
