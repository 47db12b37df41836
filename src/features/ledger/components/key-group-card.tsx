import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { markKeyGroup } from '@types-contract/ledger/edits';
import type { KeyGroupView } from '@types-contract/veteran/views';
import { useAction } from '../../../lib/cloud';

type Markable = 'hardship' | 'contribution' | 'decorated';
const GROUPS: { group: Markable; label: string }[] = [
  { group: 'hardship', label: '特困' },
  { group: 'contribution', label: '重大贡献' },
  { group: 'decorated', label: '立功受奖' },
];

/** 重点对象: mark or unmark 特困 / 重大贡献 / 立功受奖, each with a reason (80岁以上 follows the birth date). */
export function KeyGroupCard({
  veteranId,
  groups,
  onDone,
}: {
  veteranId: string;
  groups: KeyGroupView[];
  onDone: (title: string) => void;
}) {
  const [reason, setReason] = useState('');
  const mark = useAction(markKeyGroup);
  const run = async (group: Markable, on: boolean) => {
    const done = await mark.run({ veteranId, group, on, reason });
    if (done) {
      setReason('');
      onDone(on ? '已标记' : '已取消标记');
    }
  };
  return (
    <View className="card" data-testid="key-group-card">
      <Text className="card-title">重点对象</Text>
      <Text className="muted">80岁以上按出生日期自动计算，无需标记。标记或取消都要写明原因，并记入变更记录。</Text>
      <View className="field">
        <Text className="field-label">原因</Text>
        <Input
          className="field-input"
          name="keyGroupReason"
          value={reason}
          placeholder="例如：低保特困供养，民政认定"
          onInput={(e) => setReason(e.detail.value)}
        />
        {mark.error ? <Text className="field-error">{mark.error.message}</Text> : null}
      </View>
      {GROUPS.map(({ group, label }) => {
        const current = groups.find((g) => g.group === group);
        return (
          <View key={group} className="list-item" data-group={group}>
            <View>
              <Text className="text-block">
                {label}：{current ? '是' : '否'}
              </Text>
              {current?.reason ? (
                <Text className="muted">
                  原因：{current.reason}（{current.setByName}）
                </Text>
              ) : null}
            </View>
            <Button
              className="btn btn-plain btn-small"
              disabled={mark.loading || undefined}
              onClick={() => void run(group, !current)}
            >
              {current ? `取消${label}` : `标记${label}`}
            </Button>
          </View>
        );
      })}
    </View>
  );
}
