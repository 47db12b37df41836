import { Text, View } from '@tarojs/components';
import { SwitchLook } from '../../../components/switch-look';
import type { WhoAmI } from '@types-contract/account/whoami';

function greeting(hour: number): string {
  if (hour < 5) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

interface GreetingCardProps {
  who: WhoAmI;
  elderMode: boolean;
  onElderMode: (on: boolean) => void;
}

/** 首页's head: a greeting, who the person is here, and the 长辈模式 switch where everyone sees it. */
export function GreetingCard({ who, elderMode, onElderMode }: GreetingCardProps) {
  const name = who.veteran?.name;
  const roles = who.roles.map((r) => `${r.roleLabel} · ${r.orgName}`);
  return (
    <View className="greeting" data-testid="greeting">
      <Text className="greeting-title">
        {name ? `${name}，` : '您好，'}
        {greeting(new Date().getHours())}
      </Text>
      {roles.map((r) => (
        <Text key={r} className="greeting-role">
          {r}
        </Text>
      ))}
      <View
        className="elder-toggle"
        data-testid="home-elder-mode"
        role="switch"
        aria-checked={elderMode}
        aria-label="长辈模式"
        onClick={() => onElderMode(!elderMode)}
      >
        <View>
          <Text className="elder-toggle-title">长辈模式</Text>
          <Text className="elder-toggle-hint">
            {elderMode ? '已开启：字更大、按钮更大' : '字更大、按钮更大，点此开启'}
          </Text>
        </View>
        <SwitchLook on={elderMode} />
      </View>
    </View>
  );
}
