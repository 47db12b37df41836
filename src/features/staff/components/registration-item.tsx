import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { RegistrationView } from '@types-contract/account/registrations';
import { TextField } from '../../../components/text-field';

interface RegistrationItemProps {
  item: RegistrationView;
  busy: boolean;
  error?: string;
  onDecide: (decision: 'approve' | 'reject', note: string) => void;
}

const MATCH: Record<RegistrationView['matchKind'], string> = {
  id_name: '身份证号和姓名与档案一致，手机号未核验',
  none: '台账中没有找到档案，确认后将新建档案',
};

/** One pending registration: who, what matched, and the grid member's decision. */
export function RegistrationItem({ item, busy, error, onDecide }: RegistrationItemProps) {
  const [note, setNote] = useState('');
  return (
    <View className="card" data-testid={`registration-${item.id}`}>
      <Text className="card-title">{item.name}</Text>
      <Text className="text-block">身份证号：{item.idMasked}</Text>
      <Text className="text-block">
        手机号：{item.phoneMasked}
        {item.phoneVerified ? '（已验证）' : '（未验证）'}
      </Text>
      <Text className="text-block">网格：{item.gridName}</Text>
      <Text className="muted">{MATCH[item.matchKind]}</Text>
      {item.candidate ? (
        <Text className="muted">
          对应档案：{item.candidate.name} {item.candidate.idMasked}
        </Text>
      ) : null}
      <TextField
        name={`note-${item.id}`}
        label="备注（驳回时必填）"
        value={note}
        placeholder="如：经电话核实为本人"
        maxlength={200}
        error={error}
        onChange={setNote}
      />
      <View className="row">
        <Button className="btn btn-primary" disabled={busy} onClick={() => onDecide('approve', note)}>
          确认
        </Button>
        <Button className="btn btn-plain" disabled={busy} onClick={() => onDecide('reject', note)}>
          驳回
        </Button>
      </View>
    </View>
  );
}
