import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { GrantsPanel } from '../components/grants-panel';
import { TeamPanel } from '../components/team-panel';

/** 人员管理: for admins of a street or the district. */
export default function TeamPage() {
  const me = useQuery(whoami, {});
  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => {
          const admin = who.roles.find((r) => r.isAdmin);
          const districtAdmin = who.roles.some((r) => r.isAdmin && r.role === 'district_staff');
          return admin ? (
            <View>
              <TeamPanel admin={admin} roles={who.roles} />
              {districtAdmin ? <GrantsPanel /> : null}
            </View>
          ) : (
            <View className="card">
              <Text>只有管理员可以管理工作人员。</Text>
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
