import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { revealField } from '@types-contract/ledger/reveal';
import { useAction } from '../../../lib/cloud';

type Revealable = 'idNumber' | 'phone';
const LABELS: Record<Revealable, string> = { idNumber: '完整身份证号', phone: '完整手机号' };

/** 查看完整号码: only for a stated reason; each reveal is logged and the person sees it in 谁查看了我的档案. */
export function RevealCard({ veteranId }: { veteranId: string }) {
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ field: Revealable; value: string } | null>(null);
  const reveal = useAction(revealField);
  const run = async (field: Revealable) => {
    const done = await reveal.run({ veteranId, field, reason });
    if (done) setShown({ field, value: done.value });
  };
  return (
    <View className="card" data-testid="reveal-card">
      <Text className="card-title">查看完整号码</Text>
      <Text className="muted">
        仅在工作确有需要时查看。每次查看都会记入审计记录（查看人、时间和原因），本人可在「我的档案 →
        谁查看了我的档案」中看到。
      </Text>
      <View className="field">
        <Text className="field-label">查看原因</Text>
        <Input
          className="field-input"
          name="revealReason"
          value={reason}
          placeholder="例如：电话通知体检"
          onInput={(e) => setReason(e.detail.value)}
        />
        {reveal.error ? <Text className="field-error">{reveal.error.message}</Text> : null}
      </View>
      {(Object.keys(LABELS) as Revealable[]).map((field) => (
        <Button
          key={field}
          className="btn btn-plain"
          disabled={reveal.loading || undefined}
          onClick={() => void run(field)}
        >
          查看{LABELS[field]}
        </Button>
      ))}
      {shown ? (
        <View className="list-item" data-testid="revealed">
          <Text className="text-block">
            {LABELS[shown.field]}：{shown.value}
          </Text>
          {shown.field === 'phone' ? (
            <Button
              className="btn btn-primary btn-small"
              onClick={() => void Taro.makePhoneCall({ phoneNumber: shown.value })}
            >
              拨打
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
