import '../activities.css';
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { activityDetail } from '@types-contract/activities/manage';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ActivityFacts } from '../components/activity-facts';
import { CheckinCodeCard } from '../components/checkin-code-card';
import { CorrectionsCard } from '../components/corrections-card';
import { RosterCard } from '../components/roster-card';
import { SummaryForm } from '../components/summary-form';

const HOUR = 3_600_000;

/** Hours an activity lasted, in half hours, at most 24: the default of each person's hours. */
function lastedHours(startAt: string, endAt: string): number {
  const half = Math.round((Date.parse(endAt) - Date.parse(startAt)) / (HOUR / 2)) / 2;
  return Math.min(24, Math.max(0.5, half));
}

/** The organiser on site: the rotating check-in code, the roster to tick, hours per person, the summary. */
export default function OrganiseActivityPage() {
  const id = useRouter().params.id ?? '';
  const detail = useQuery(activityDetail, { id });
  const [corrections, setCorrections] = useState(0);
  return (
    <PageShell>
      <QueryView query={detail}>
        {({ activity: a, roster }) => {
          const { checkinOpen, started } = a;
          return (
            <View>
              <ActivityFacts activity={a} />
              {checkinOpen ? <CheckinCodeCard activityId={a.id} /> : null}
              <RosterCard
                activityId={a.id}
                organiserOrgId={a.organiserOrgId}
                checkinOpen={checkinOpen}
                started={started}
                defaultHours={lastedHours(a.startAt, a.endAt)}
                roster={roster ?? []}
                onChanged={(corrected) => {
                  detail.retry();
                  if (corrected) setCorrections((n) => n + 1);
                }}
              />
              {started ? <CorrectionsCard activityId={a.id} version={corrections} /> : null}
              {started ? <SummaryForm activity={a} onSaved={detail.retry} /> : null}
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
