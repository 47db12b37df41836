import '../activities.css';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { listTeams } from '@types-contract/activities/teams';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { mayAnywhere, seatsWhere } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { TeamCard } from '../components/team-card';
import { TeamCreateForm } from '../components/team-create-form';

/**
 * 志愿服务队: the teams of the caller's community and street (a veteran asks to join, a member leaves), the
 * teams under their posts for staff (组建, members and requests), and the leader's own team to manage.
 */
export default function TeamsPage() {
  const list = useQuery(listTeams, {});
  const me = useQuery(whoami, {});
  const who = me.data;
  const places = who
    ? [
        ...new Map(
          seatsWhere(who, 'team:create')
            .filter((r) => r.orgPath.length === 2 || r.orgPath.length === 3)
            .map((r) => [r.orgId, { id: r.orgId, name: r.orgName }]),
        ).values(),
      ]
    : [];
  const isVeteran = who ? mayAnywhere(who, 'volunteer:register') : false;
  return (
    <PageShell>
      <QueryView query={list}>
        {({ teams }) => (
          <View>
            {teams.length ? (
              teams.map((t) => <TeamCard key={t.id} team={t} canJoin={isVeteran} onChanged={list.retry} />)
            ) : (
              <View className="card">
                <Text className="text-block">本社区、本街道还没有志愿服务队。</Text>
              </View>
            )}
          </View>
        )}
      </QueryView>
      {places.length ? <TeamCreateForm places={places} onCreated={list.retry} /> : null}
    </PageShell>
  );
}
