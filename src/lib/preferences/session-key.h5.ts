import { currentDemoIdentity } from '../demo/identity';
import { hasAgreedPrivacy } from './privacy-consent';

/**
 * H5 on the local cloud: the demo person acting now (several share the browser's storage); null before the
 * privacy guide is agreed to and a person chosen (nothing calls the cloud before).
 */
export function sessionKey(): string | null {
  return hasAgreedPrivacy() ? (currentDemoIdentity()?.openid ?? null) : null;
}
