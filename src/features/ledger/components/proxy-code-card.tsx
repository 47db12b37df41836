import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Input, Text, View } from '@tarojs/components';
import { issueProxyCode } from '@types-contract/ledger/edits';
import { useAction } from '../../../lib/cloud';

/** 代办码: a one-time code (7 days) the grid member gives a family member, who may then act for the veteran. */
export function ProxyCodeCard({ veteranId }: { veteranId: string }) {
  const [relation, setRelation] = useState('');
  const issue = useAction(issueProxyCode);
  return (
    <View className="card" data-testid="proxy-code-card">
      <Text className="card-title">家属代办</Text>
      <Text className="text-block muted">
        本人无法自己操作时，可为其家属生成一次性代办码（7天内有效）。家属在「我的 →
        为家人代办」输入后即可代为查看档案、申请更正，每项操作都记为「家属代办」。
      </Text>
      <View className="field">
        <Text className="field-label">家属与本人的关系</Text>
        <Input
          className="field-input"
          name="relation"
          value={relation}
          placeholder="例如：儿子、女儿、配偶"
          onInput={(e) => setRelation(e.detail.value)}
        />
        {issue.error ? <Text className="field-error">{issue.error.message}</Text> : null}
      </View>
      <Button
        className="btn btn-plain"
        disabled={issue.loading || undefined}
        onClick={() => void issue.run({ veteranId, relation })}
      >
        生成代办码
      </Button>
      {issue.data ? (
        <View data-testid="proxy-code">
          <Text className="text-block">代办码：{issue.data.code}</Text>
          <Text className="muted">
            请当面告知家属，{dayjs(issue.data.expiresAt).add(8, 'hour').format('M月D日 HH:mm')}前有效，只能使用一次。
          </Text>
        </View>
      ) : null}
    </View>
  );
}
