import { type PropsWithChildren, useEffect } from 'react';
import { View } from '@tarojs/components';
import { useAccountPreferences } from '../lib/preferences/account-preferences';
import { rootClassName, useElderMode } from '../lib/preferences/elder-mode';
import { markBodyElderMode } from '../lib/preferences/elder-mode-body';
import { EnvironmentBanner } from './environment-banner';
import { letKeyboardScrollPages } from './scroll-regions';
import { PrivacyGate } from './privacy-gate';
import { SessionGate } from './session-gate';

interface PageShellProps {
  /** false for the pages that come before a session: the consent page and the demo sign-in. */
  gated?: boolean;
}

/** The root of every page: 长辈模式 class (brought in line with the person's saved choice), the demo banner (H5), the privacy gate, the session gate. */
export function PageShell({ children, gated = true }: PropsWithChildren<PageShellProps>) {
  const elderMode = useElderMode();
  useAccountPreferences(gated);
  useEffect(() => markBodyElderMode(elderMode), [elderMode]);
  useEffect(letKeyboardScrollPages, []);
  return (
    <View className={rootClassName(elderMode)} data-testid="page-root">
      <EnvironmentBanner />
      {gated ? <SessionGate>{children}</SessionGate> : children}
      <PrivacyGate />
    </View>
  );
}
