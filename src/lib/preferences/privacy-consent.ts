import { createLocalStore } from './local-store';
import { PRIVACY_GUIDE_VERSION } from './privacy-guide-version';

// The H5 build's record that the privacy guide was agreed to. (weapp: WeChat keeps the consent, see
// app-shell/privacy-gate.tsx.)

interface Consent {
  version: string;
  agreedAt: string;
}

export const privacyConsentStore = createLocalStore<Consent | null>('vetgrid.privacyConsent', null);

export function hasAgreedPrivacy(consent: Consent | null = privacyConsentStore.get()): boolean {
  return consent?.version === PRIVACY_GUIDE_VERSION;
}

export function agreePrivacy(now: Date = new Date()): void {
  privacyConsentStore.set({ version: PRIVACY_GUIDE_VERSION, agreedAt: now.toISOString() });
}

export function withdrawPrivacy(): void {
  privacyConsentStore.set(null);
}
