import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { currentDemoIdentity } from '../lib/demo/identity';
import { H5_ROUTES } from './h5-routes';

/** Always visible in H5: this is the local demo, and who you are acting as. */
export function EnvironmentBanner() {
  const identity = currentDemoIdentity();
  return (
    <View className="env-banner" data-testid="env-banner">
      <Text>本地演示环境 · 当前身份：{identity ? identity.label : '未选择'}</Text>
      <Text className="env-banner-link" onClick={() => void Taro.reLaunch({ url: H5_ROUTES.signin })}>
        切换身份
      </Text>
    </View>
  );
}
