import { createLocalStore } from './local-store';

/**
 * The H5 build's record that the privacy guide was agreed to. Bump PRIVACY_GUIDE_VERSION when the guide
 * changes in substance: everyone is asked again. (weapp: WeChat keeps the consent, see privacy-gate.)
 */
export const PRIVACY_GUIDE_VERSION = '2025-11-29';

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
