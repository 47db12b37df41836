import { Button, Text, View } from '@tarojs/components';
import type { PhoneProof as Proof } from '../registration-values';

interface PhoneProofProps {
  proof?: Proof;
  onProof: (proof: Proof | undefined) => void;
}

/** H5 on the local cloud: WeChat cannot verify the phone here, so the demo simulates it. */
export function PhoneProof({ proof, onProof }: PhoneProofProps) {
  const verified = proof?.kind === 'demo_verified';
  return (
    <View className="field">
      <Button
        className={verified ? 'btn btn-primary' : 'btn btn-plain'}
        data-testid="demo-verify-phone"
        onClick={() => onProof(verified ? undefined : { kind: 'demo_verified' })}
      >
        {verified ? '☑ 已模拟验证手机号（点击取消）' : '☐ 模拟验证手机号'}
      </Button>
      <Text className="muted">演示环境中代替微信手机号验证。验证后可直接绑定档案；不验证需等网格员确认。</Text>
    </View>
  );
}
