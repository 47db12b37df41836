import '../activities.css';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listActivities } from '@types-contract/activities/manage';
import type { PageName } from '@types-contract/common/pages';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { ActivityRow } from '../components/activity-row';

const go = (page: PageName) => () => void Taro.navigateTo({ url: routeUrl(page) });

/** 志愿活动: what the caller may join and what they organise, with the ways on (发起, 我的志愿服务, 证明查验). */
export default function ActivitiesPage() {
  const list = useQuery(listActivities, {});
  useRefetchOnReturn(list);
  const me = useQuery(whoami, {});
  // Whoever organises a node's activities keeps its 志愿者名册 (the function checks again).
  const organiser = me.data ? mayAnywhere(me.data, 'activity:organise') : false;
  return (
    <PageShell>
      <QueryView query={list}>
        {({ items }) => {
          const organised = items.filter((a) => a.organising);
          const joinable = items.filter((a) => !a.organising);
          return (
            <View>
              <View className="card">
                <Text className="card-title">可以报名的活动</Text>
                {joinable.length ? (
                  joinable.map((a) => <ActivityRow key={a.id} activity={a} />)
                ) : (
                  <Text className="text-block muted">近期没有面向您所在网格的活动。</Text>
                )}
              </View>
              {organised.length ? (
                <View className="card">
                  <Text className="card-title">我组织的活动</Text>
                  {organised.map((a) => (
                    <ActivityRow key={a.id} activity={a} />
                  ))}
                </View>
              ) : null}
              <View className="card">
                <Button className="btn btn-plain" data-testid="open-my-volunteering" onClick={go('myVolunteering')}>
                  我的志愿服务
                </Button>
                <Button className="btn btn-plain" data-testid="open-teams" onClick={go('volunteerTeams')}>
                  志愿服务队
                </Button>
                <Button className="btn btn-plain" onClick={go('certificateVerify')}>
                  查验志愿服务记录证明
                </Button>
                {organiser ? (
                  <Button className="btn btn-plain" data-testid="open-volunteer-roster" onClick={go('volunteerRoster')}>
                    志愿者名册
                  </Button>
                ) : null}
              </View>
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
