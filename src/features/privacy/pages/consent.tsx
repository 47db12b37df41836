import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '../../../app-shell/page-shell';
import { routeUrl } from '../../../app-shell/route-paths';
import { agreePrivacy } from '../../../lib/preferences/privacy-consent';
import { PrivacyGuideText } from '../components/privacy-guide-text';

/** H5 only: the first thing a new visitor sees; nothing else opens until they agree. */
export default function ConsentPage() {
  const agree = () => {
    agreePrivacy();
    void Taro.reLaunch({ url: routeUrl('home') });
  };
  return (
    <PageShell gated={false}>
      <View className="card">
        <Text className="card-title">欢迎使用「网格+退役军人」</Text>
        <Text className="text-block">使用前，请阅读并同意以下《隐私保护指引》。</Text>
      </View>
      <PrivacyGuideText />
      <View className="card">
        <Button className="btn btn-primary" data-testid="privacy-agree" onClick={agree}>
          同意并继续
        </Button>
        <Button
          className="btn btn-plain"
          onClick={() => void Taro.showToast({ title: '需同意后才能使用', icon: 'none' })}
        >
          不同意
        </Button>
      </View>
    </PageShell>
  );
}
