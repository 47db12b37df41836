import { View } from '@tarojs/components';

/**
 * How an on/off setting looks, for a row that is itself the switch (role="switch", aria-checked on the row).
 * A disabled Taro Switch there would put an unlabelled checkbox in the page for screen readers.
 */
export function SwitchLook({ on }: { on: boolean }) {
  return <View className={on ? 'switch-look switch-look-on' : 'switch-look'} aria-hidden />;
}
