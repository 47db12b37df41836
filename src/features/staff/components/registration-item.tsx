import { useState } from 'react';
import Taro from '@tarojs/taro';
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

/**
 * One pending registration: who, what matched (each fact on its own line), and the grid member's decision.
 * 确认 binds the WeChat account to the file, so it asks once more before it does.
 */
export function RegistrationItem({ item, busy, error, onDecide }: RegistrationItemProps) {
  const [note, setNote] = useState('');
  const confirm = async () => {
    const answer = await Taro.showModal({
      title: '绑定前请核实',
      content: item.candidate
        ? `确认后，${item.name}的微信将绑定到档案「${item.candidate.name} ${item.candidate.idMasked}」。请先电话核实是本人。`
        : `确认后，将为${item.name}新建档案并绑定其微信。请先电话核实是本人。`,
      confirmText: '确认绑定',
      cancelText: '再想想',
    });
    if (answer.confirm) onDecide('approve', note);
  };
  return (
    <View className="card" data-testid={`registration-${item.id}`}>
      <Text className="card-title">{item.name}</Text>
      <Text className="text-block">身份证号：{item.idMasked}</Text>
      <Text className="text-block">
        手机号：{item.phoneMasked} {item.phoneVerified ? '（已验证）' : '（未验证）'}
      </Text>
      <Text className="text-block">网格：{item.gridName}</Text>
      <Text className="text-block muted">{MATCH[item.matchKind]}</Text>
      {item.candidate ? (
        <Text className="text-block muted">
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
      <View className="decision-row">
        <Button className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
          确认
        </Button>
        <Button className="btn btn-plain" disabled={busy} onClick={() => onDecide('reject', note)}>
          驳回
        </Button>
      </View>
    </View>
  );
}
