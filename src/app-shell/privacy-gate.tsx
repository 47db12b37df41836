import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AGREE_BUTTON_ID, answerPrivacyPrompt, usePrivacyPrompt } from '../lib/privacy/wechat-privacy';
import { PrivacySummary } from './privacy-summary';

/**
 * weapp: the privacy guide as a sheet over the page when WeChat needs consent. Agreeing must be a tap on
 * a button with open-type agreePrivacyAuthorization. (H5 uses the consent page instead: privacy-gate.h5.tsx.)
 */
export function PrivacyGate() {
  const prompt = usePrivacyPrompt();
  if (!prompt) return null;
  return (
    <View className="privacy-mask">
      <View className="privacy-sheet">
        <Text className="card-title">隐私保护指引</Text>
        <PrivacySummary />
        <Button className="btn btn-plain" onClick={() => Taro.openPrivacyContract({})}>
          查看完整的《隐私保护指引》
        </Button>
        <Button
          id={AGREE_BUTTON_ID}
          className="btn btn-primary"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answerPrivacyPrompt(true)}
        >
          同意并继续
        </Button>
        <Button className="btn btn-plain" onClick={() => answerPrivacyPrompt(false)}>
          不同意
        </Button>
      </View>
    </View>
  );
}
