import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { withdrawPrivacy } from '../../../lib/preferences/privacy-consent';
import { H5_ROUTES } from '../../../app-shell/h5-routes';

/** H5: consent is stored in this browser; withdrawing it stops the app until it is agreed again. */
export function WithdrawConsent() {
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回同意', content: '撤回后将无法继续使用，确定撤回吗？' });
    if (!confirm) return;
    withdrawPrivacy();
    void Taro.reLaunch({ url: H5_ROUTES.consent });
  };
  return (
    <View className="card">
      <Button className="btn btn-plain" onClick={withdraw}>
        撤回同意
      </Button>
      <Text className="text-block muted">撤回后本程序将不能继续为您提供服务。</Text>
    </View>
  );
}
