import { Switch } from '@tarojs/components';

interface AppSwitchProps {
  /** What it switches, read out by screen readers (the text beside it is not tied to it on H5). */
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}

/** The app's switch: the app's red when on (Taro's is green unless told) and named for screen readers. */
export function AppSwitch({ label, checked, onChange }: AppSwitchProps) {
  return (
    <Switch
      color="#b71c1c"
      checked={checked}
      nativeProps={{ 'aria-label': label }}
      onChange={(e) => onChange(e.detail.value)}
    />
  );
}
