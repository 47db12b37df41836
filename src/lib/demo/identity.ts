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

/** A WeChat user the local cloud has never seen: a fresh random openid. */
export function newWechatUser(): DemoIdentity {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return { openid: `demo-new-${suffix}`, label: '新微信用户' };
}
