import '../activities.css';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { activityDetail } from '@types-contract/activities/manage';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { ActivityFacts } from '../components/activity-facts';
import { CheckinPanel } from '../components/checkin-panel';
import { SignupPanel } from '../components/signup-panel';
import { SummaryView } from '../components/summary-view';

/** An activity: sign up, see one's place, cancel, check in on site; organisers go on to the organiser view. */
export default function ActivityDetailPage() {
  const id = useRouter().params.id ?? '';
  const detail = useQuery(activityDetail, { id });
  useRefetchOnReturn(detail);
  return (
    <PageShell>
      <QueryView query={detail}>
        {({ activity: a }) => {
          return (
            <View>
              <ActivityFacts activity={a} />
              {!a.organising || a.mine ? <SignupPanel activity={a} onChanged={detail.retry} /> : null}
              {a.mine?.status === 'signed' && !a.mine.checkedIn && a.checkinOpen ? (
                <CheckinPanel activityId={a.id} onDone={detail.retry} />
              ) : null}
              {a.summary ? <SummaryView summary={a.summary} /> : null}
              {a.organising ? (
                <View className="card">
                  <Button
                    className="btn btn-primary"
                    data-testid="open-organise"
                    onClick={() => void Taro.navigateTo({ url: `${routeUrl('activityOrganise')}?id=${a.id}` })}
                  >
                    签到码、点名和登记时长
                  </Button>
                </View>
              ) : null}
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
