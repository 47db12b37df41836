import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { myGrid } from '@types-contract/org/queries';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import type { PageName as RouteName } from '@types-contract/common/pages';
import { ServiceGrid } from '../../../components/service-grid';
import { isPost } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { setElderMode, useElderMode } from '../../../lib/preferences/elder-mode';
import { useTabBadges } from '../../../lib/badges/use-tab-badges';
import { GridCard } from '../components/grid-card';
import { TeamList } from '../components/team-list';
import { StationCard } from '../components/station-card';
import { RegistrationStatus } from '../components/registration-status';
import { LatestNotices } from '../components/latest-notices';
import { GreetingCard } from '../components/greeting-card';
import { TodoCard } from '../components/todo-card';
import { homeKind } from '../home-kind';
import { homeSections } from '../home-sections';
import { useHomeTodos } from '../use-home-todos';

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber });
const go =
  (route: RouteName, query = '') =>
  () =>
    void Taro.navigateTo({ url: `${routeUrl(route)}${query}` });
const tab = (route: RouteName) => () => void Taro.switchTab({ url: routeUrl(route) });

/**
 * 首页: a greeting with the 长辈模式 switch, the to-dos with their counts, a grid of services per role
 * (one section per hat the person wears), then their grid (members to call, the station) and the latest
 * notices; or the way to register.
 */
export default function HomePage() {
  const me = useQuery(whoami, {});
  const kind = me.data ? homeKind(me.data) : undefined;
  const grid = useQuery(myGrid, {}, { enabled: kind === 'grid' });
  const elderMode = useElderMode();
  const todos = useHomeTodos(me.data);
  useTabBadges();

  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => (
          <>
            <GreetingCard who={who} elderMode={elderMode} onElderMode={setElderMode} />
            {kind === 'unregistered' ? (
              <RegistrationStatus
                registration={who.registration}
                onRegister={() => void Taro.navigateTo({ url: routeUrl('registration') })}
              />
            ) : null}
            <TodoCard
              todos={todos}
              staff={who.roles.some(isPost)}
              links={{
                mentions: tab('grid'),
                registrations: go('staffRegistrations'),
                corrections: go('gridLedger', '?filter=corrections'),
                requests: go('requestsInbox'),
                assist: go('assistQueue'),
              }}
            />
            {homeSections(who, todos, (route) => go(route)).map((s) =>
              s.tiles.length ? (
                <View key={s.key} className="card" data-testid={`home-section-${s.key}`}>
                  <Text className="card-title">{s.title}</Text>
                  <ServiceGrid tiles={s.tiles} />
                </View>
              ) : null,
            )}
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
          </>
        )}
      </QueryView>
      {kind && kind !== 'unregistered' ? <LatestNotices /> : null}
    </PageShell>
  );
}
