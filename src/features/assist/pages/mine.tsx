import { Text, View } from '@tarojs/components';
import { myApplications } from '@types-contract/assist/applications';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ApplicationCard } from '../components/application-card';
import { ApplyForm } from '../components/apply-form';

/** A veteran applies for a hardship subsidy or relief and follows each step of it. */
export default function MyApplicationsPage() {
  const list = useQuery(myApplications, {});
  return (
    <PageShell>
      <ApplyForm veteranId={null} onDone={list.retry} />
      <QueryView query={list}>
        {({ items }) =>
          items.length ? (
            items.map((a) => <ApplicationCard key={a.id} app={a} />)
          ) : (
            <View className="card">
              <Text className="text-block">还没有申请记录。</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
