/** H5: consent is a page (features/privacy/pages/consent) that session-gate.h5.tsx sends the user to. */
export function PrivacyGate() {
  return null;
}
