import Taro from '@tarojs/taro';
import { whoami } from '@types-contract/account/whoami';
import { myGrid } from '@types-contract/org/queries';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery } from '../../../lib/cloud';
import { GridCard } from '../components/grid-card';
import { TeamList } from '../components/team-list';
import { StationCard } from '../components/station-card';
import { RegistrationStatus } from '../components/registration-status';
import { JurisdictionCard } from '../components/jurisdiction-card';
import { RequestsEntry } from '../components/requests-entry';
import { AssistEntry, CareEntry } from '../components/care-entry';
import { SupervisionCard } from '../components/supervision-card';
import { homeKind } from '../home-kind';
import { LatestNotices } from '../components/latest-notices';
import { useTabBadges } from '../../../lib/badges/use-tab-badges';

const REQUEST_STAFF_ROLES: readonly string[] = [
  'grid_leader',
  'grid_member',
  'station_staff',
  'street_staff',
  'district_staff',
];

const CARE_ROLES: readonly string[] = ['grid_leader', 'grid_member', 'station_staff', 'street_staff', 'district_staff'];

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber });

/** 首页: my grid, its members (tap to call) and the service station; or the way to register. */
export default function HomePage() {
  const me = useQuery(whoami, {});
  const kind = me.data ? homeKind(me.data) : undefined;
  const grid = useQuery(myGrid, {}, { enabled: kind === 'grid' });
  useTabBadges();

  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => (
          <>
            {kind === 'unregistered' ? (
              <RegistrationStatus
                registration={who.registration}
                onRegister={() => void Taro.navigateTo({ url: routeUrl('registration') })}
              />
            ) : null}
            {kind === 'staff' ? <JurisdictionCard roles={who.roles} /> : null}
            {kind !== 'unregistered' ? (
              <RequestsEntry
                veteran={Boolean(who.veteran)}
                staff={who.roles.some((r) => REQUEST_STAFF_ROLES.includes(r.role))}
              />
            ) : null}
            {who.roles.some((r) => CARE_ROLES.includes(r.role)) ? (
              <CareEntry
                gridTeam={who.roles.some((r) => r.role === 'grid_leader' || r.role === 'grid_member')}
                assistQueue={who.roles.some((r) =>
                  ['station_staff', 'street_staff', 'district_staff'].includes(r.role),
                )}
                district={who.roles.some((r) => r.role === 'district_staff')}
              />
            ) : null}
            {who.veteran ? <AssistEntry /> : null}
            {kind === 'grid' ? (
              <QueryView query={grid}>
                {(g) => (
                  <>
                    <GridCard grid={g} />
                    <TeamList team={g.team} onCall={call} />
                    <StationCard communityName={g.community.name} station={g.community.station} onCall={call} />
                  </>
                )}
              </QueryView>
            ) : null}
            <SupervisionCard
              roles={who.roles}
              onOpenHub={() => void Taro.navigateTo({ url: routeUrl('supervisionHub') })}
              onOpenProblems={() => void Taro.navigateTo({ url: routeUrl('problemList') })}
            />
          </>
        )}
      </QueryView>
      {kind && kind !== 'unregistered' ? <LatestNotices /> : null}
    </PageShell>
  );
}
