import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

/** weapp: consent lives with WeChat; withdrawal goes through WeChat's own settings. */
export function WithdrawConsent() {
  return (
    <View className="card">
      <Text className="text-block muted">
        如需撤回同意，请在微信「我 - 设置 - 个人信息与权限 - 授权管理」中撤回本小程序的授权。
      </Text>
      <Button className="btn btn-plain" onClick={() => Taro.openPrivacyContract({})}>
        查看微信版《隐私保护指引》
      </Button>
    </View>
  );
}
