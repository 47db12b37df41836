import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { mayAnywhere, seatWhereBelow } from '../../../lib/auth/policy';
import { useQuery } from '../../../lib/cloud';
import { GrantsPanel } from '../components/grants-panel';
import { TeamPanel } from '../components/team-panel';

/** 人员管理: for whoever manages the staff below their post (admins, a community's station). */
export default function TeamPage() {
  const me = useQuery(whoami, {});
  return (
    <PageShell>
      <QueryView query={me}>
        {(who) => {
          const admin = seatWhereBelow(who, 'staff:manage');
          // The district's record of grants: the policy of approving them.
          const districtAdmin = mayAnywhere(who, 'staff:approve');
          return admin ? (
            <View>
              <TeamPanel admin={admin} roles={who.roles} />
              {districtAdmin ? <GrantsPanel /> : null}
            </View>
          ) : (
            <View className="card">
              <Text>只有上级单位的管理员或社区服务站可以管理工作人员。</Text>
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
