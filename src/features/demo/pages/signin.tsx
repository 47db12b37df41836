import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '../../../app-shell/page-shell';
import { routeUrl } from '../../../app-shell/route-paths';
import { ErrorView } from '../../../app-shell/error-view';
import { LoadingView } from '../../../app-shell/loading-view';
import {
  chooseDemoIdentity,
  currentDemoIdentity,
  lastNewWechatUser,
  newWechatUser,
  type DemoIdentity,
} from '../../../lib/demo/identity';
import { ROLE_LABELS, type Role } from '@types-contract/auth/roles';
import { forgetDevicePreferences } from '../../../lib/preferences/account-preferences';
import { DemoPersonCard } from '../components/demo-person-card';
import { useDemoPeople } from '../use-demo-people';

/** H5 on the local cloud only: act as one of the seeded demo people, or as a WeChat user never seen before. */
export default function DemoSigninPage() {
  const { people, error, retry } = useDemoPeople();
  const current = currentDemoIdentity();
  const lastNew = lastNewWechatUser();
  const choose = (identity: DemoIdentity) => {
    forgetDevicePreferences();
    chooseDemoIdentity(identity);
    void Taro.reLaunch({ url: routeUrl('home') });
  };
  return (
    <PageShell gated={false}>
      <View className="card">
        <Text className="card-title">选择演示身份</Text>
        <Text className="text-block muted">
          这是本地演示环境，人员均为虚构。选择一个身份进入，随时可以从顶部横幅切换。
        </Text>
      </View>
      {lastNew ? (
        <DemoPersonCard
          label="刚才的新微信用户"
          role="本浏览器"
          description="回到在本浏览器上新建的微信用户，看看登记后的样子。"
          current={current?.openid === lastNew.openid}
          onChoose={() => choose(lastNew)}
        />
      ) : null}
      <DemoPersonCard
        label={lastNew ? '另一个新微信用户' : '新微信用户'}
        role="未登记"
        description="第一次打开小程序的微信用户，可以体验登记流程。"
        current={false}
        onChoose={() => choose(newWechatUser())}
      />
      {error ? <ErrorView error={error} onRetry={retry} /> : null}
      {!error && !people ? <LoadingView /> : null}
      {(people ?? []).map((person) => (
        <DemoPersonCard
          key={person.openid}
          label={person.label}
          role={ROLE_LABELS[person.role as Role] ?? person.role}
          description={person.description}
          current={current?.openid === person.openid}
          onChoose={() => choose({ openid: person.openid, label: person.label })}
        />
      ))}
    </PageShell>
  );
}
