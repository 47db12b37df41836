import Taro from '@tarojs/taro';
import { whoami } from '@types-contract/account/whoami';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { isPost, mayAnywhere, mayBelow } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { setElderMode, useElderMode } from '../../../lib/preferences/elder-mode';
import { IdentityCard } from '../components/identity-card';
import { RolesCard } from '../components/roles-card';
import { ElderModeSwitch } from '../components/elder-mode-switch';
import { SettingsLinks } from '../components/settings-links';

/** 我的: who I am (masked), my roles and jurisdictions, 长辈模式, the privacy guide. */
export default function MePage() {
  const me = useQuery(whoami, {});
  const elderMode = useElderMode();
  const canRegister = Boolean(me.data && !me.data.veteran && me.data.registration?.status !== 'pending');
  const reviewsRegistrations = mayAnywhere(me.data, 'grid:work');
  const managesStaff = mayBelow(me.data, 'staff:manage');
  const keepsArea = mayAnywhere(me.data, 'area:oversee');
  const go = (name: Parameters<typeof routeUrl>[0]) => () => void Taro.navigateTo({ url: routeUrl(name) });
  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => (
          <>
            <IdentityCard who={who} />
            <RolesCard roles={who.roles} />
          </>
        )}
      </QueryView>
      <ElderModeSwitch enabled={elderMode} onChange={setElderMode} />
      <SettingsLinks
        onPrivacyGuide={go('privacyGuide')}
        onRegister={canRegister ? go('registration') : undefined}
        registerAsStaff={Boolean(me.data?.roles.some(isPost))}
        onRegistrations={reviewsRegistrations ? go('staffRegistrations') : undefined}
        onTeam={managesStaff ? go('staffTeam') : undefined}
        onStaffBind={go('staffBind')}
        onMyFile={me.data?.veteran ? go('myFile') : undefined}
        onGridLedger={reviewsRegistrations ? go('gridLedger') : undefined}
        onStaffLedger={keepsArea ? go('staffLedger') : undefined}
        onProxy={go('proxy')}
      />
    </PageShell>
  );
}
