import { PageShell } from '../../../app-shell/page-shell';
import { PrivacyGuideText } from '../components/privacy-guide-text';
import { WithdrawConsent } from '../components/withdraw-consent';

/** 隐私保护指引, reachable from 我的 at any time. */
export default function PrivacyGuidePage() {
  return (
    <PageShell>
      <PrivacyGuideText />
      <WithdrawConsent />
    </PageShell>
  );
}
