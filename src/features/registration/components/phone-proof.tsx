import { Button, Text, View } from '@tarojs/components';
import type { PhoneProof as Proof } from '../registration-values';

interface PhoneProofProps {
  proof?: Proof;
  onProof: (proof: Proof | undefined) => void;
}

/**
 * weapp: WeChat's phone-number button. The code goes to the function, which asks WeChat for the number
 * and compares it with the file; a verified phone lets the file bind at once. (H5: phone-proof.h5.tsx.)
 */
export function PhoneProof({ proof, onProof }: PhoneProofProps) {
  if (proof) {
    return (
      <View className="field">
        <Text className="text-block">已通过微信验证手机号 ✓</Text>
      </View>
    );
  }
  return (
    <View className="field">
      <Button
        className="btn btn-plain"
        openType="getPhoneNumber"
        onGetPhoneNumber={(e) => {
          const code = (e.detail as { code?: string }).code;
          onProof(code ? { kind: 'wx_code', code } : undefined);
        }}
      >
        使用微信绑定的手机号验证
      </Button>
      <Text className="muted">验证后可直接绑定档案；不验证需等网格员确认。</Text>
    </View>
  );
}
