// The demo identity of the H5 build on the local cloud. Imported only by *.h5.ts(x) files and the demo
// feature, so none of it reaches the weapp bundle.

export const DEMO_OPENID_KEY = 'vetgrid.demoOpenid';
export const DEMO_LABEL_KEY = 'vetgrid.demoLabel';

export interface DemoIdentity {
  openid: string;
  label: string;
}

export function currentDemoIdentity(): DemoIdentity | null {
  const openid = window.localStorage.getItem(DEMO_OPENID_KEY);
  if (!openid) return null;
  return { openid, label: window.localStorage.getItem(DEMO_LABEL_KEY) || openid };
}

export function chooseDemoIdentity(identity: DemoIdentity): void {
  window.localStorage.setItem(DEMO_OPENID_KEY, identity.openid);
  window.localStorage.setItem(DEMO_LABEL_KEY, identity.label);
}

/** The last new WeChat user made on this browser, so the demo can come back to them (registered or not). */
export const DEMO_NEW_USER_KEY = 'vetgrid.demoNewUser';

/** The new WeChat user of this browser, if one was made. */
export function lastNewWechatUser(): DemoIdentity | null {
  const openid = window.localStorage.getItem(DEMO_NEW_USER_KEY);
  return openid ? { openid, label: '新微信用户' } : null;
}

/** A WeChat user the local cloud has never seen: a fresh random openid, remembered as this browser's new user. */
export function newWechatUser(): DemoIdentity {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const openid = `demo-new-${suffix}`;
  window.localStorage.setItem(DEMO_NEW_USER_KEY, openid);
  return { openid, label: '新微信用户' };
}
