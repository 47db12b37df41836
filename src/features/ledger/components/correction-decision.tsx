import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import { ACTOR_KIND_LABELS, type CorrectionView } from '@types-contract/veteran/views';

interface CorrectionDecisionProps {
  item: CorrectionView;
  busy: boolean;
  error?: string;
  onDecide: (decision: 'confirm' | 'reject', note: string) => void;
}

/** A veteran's correction request: confirm it (the file changes, stamped verified) or reject with a note. */
export function CorrectionDecision({ item, busy, error, onDecide }: CorrectionDecisionProps) {
  const [note, setNote] = useState('');
  return (
    <View className="card" data-testid="correction-decision">
      <Text className="card-title">更正申请：{item.label}</Text>
      <Text className="text-block">
        {item.currentValue || '未填写'} → {item.requestedValue}
      </Text>
      <Text className="muted">原因：{item.reason}</Text>
      <Text className="muted">
        申请人：{ACTOR_KIND_LABELS[item.requestedBy]}
        {item.hasPhoto ? '（附有证明照片）' : ''}
      </Text>
      {item.photoUrl ? (
        <Image
          className="request-photo"
          data-testid="correction-photo"
          src={item.photoUrl}
          mode="aspectFill"
          onClick={() => void Taro.previewImage({ urls: [item.photoUrl!] })}
        />
      ) : null}
      <Input
        className="field-input"
        name="note"
        value={note}
        placeholder="核实意见（驳回时必填）"
        onInput={(e) => setNote(e.detail.value)}
      />
      {error ? <Text className="field-error">{error}</Text> : null}
      <Button className="btn btn-primary" disabled={busy || undefined} onClick={() => onDecide('confirm', note)}>
        确认更正
      </Button>
      <Button className="btn btn-plain" disabled={busy || undefined} onClick={() => onDecide('reject', note)}>
        驳回
      </Button>
    </View>
  );
}
