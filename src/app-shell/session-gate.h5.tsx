import { useEffect, type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { hasAgreedPrivacy, privacyConsentStore } from '../lib/preferences/privacy-consent';
import { currentDemoIdentity } from '../lib/demo/identity';
import { H5_ROUTES } from './h5-routes';

/**
 * H5 on the local cloud: nothing shows before the privacy guide is agreed to, and nothing calls the
 * cloud before a demo identity is chosen.
 */
export function SessionGate({ children }: PropsWithChildren) {
  const consent = privacyConsentStore.use();
  const agreed = hasAgreedPrivacy(consent);
  const identity = agreed ? currentDemoIdentity() : null;
  const target = !agreed ? H5_ROUTES.consent : !identity ? H5_ROUTES.signin : null;

  useEffect(() => {
    if (target) void Taro.reLaunch({ url: target });
  }, [target]);

  return target ? null : children;
}
