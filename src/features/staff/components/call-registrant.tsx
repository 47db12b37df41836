import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { revealRegistrationPhone } from '@types-contract/account/registrations';
import { useAction } from '../../../lib/cloud';

interface CallRegistrantProps {
  registrationId: string;
  masked: string;
  verified: boolean;
}

/**
 * The registrant's phone, masked, with 拨打: the tap fetches the full number (logged on the server as a
 * reveal), shows it and dials it, so the grid member can check it is the person before binding.
 */
export function CallRegistrant({ registrationId, masked, verified }: CallRegistrantProps) {
  const reveal = useAction(revealRegistrationPhone);
  const [phone, setPhone] = useState<string | null>(null);
  const call = async () => {
    const number = phone ?? (await reveal.run({ registrationId }))?.phone;
    if (!number) return;
    setPhone(number);
    void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined);
  };
  return (
    <View>
      <View className="call-line">
        <Text className="call-number">{phone ?? masked}</Text>
        <Text className="muted">{verified ? '已经微信验证' : '未经微信验证'}</Text>
        <Button className="btn btn-primary btn-small" disabled={reveal.loading} onClick={() => void call()}>
          拨打
        </Button>
      </View>
      {reveal.error ? <Text className="field-error">{reveal.error.message}</Text> : null}
    </View>
  );
}
