import '../supervision.css';
import { Text, View } from '@tarojs/components';
import { myReports } from '@types-contract/supervision/reports';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ReportCard } from '../components/report-card';

/** The supervisor's own reports and where each one is. */
export default function MyReportsPage() {
  const reports = useQuery(myReports, {});
  return (
    <PageShell>
      <QueryView query={reports}>
        {({ items }) =>
          items.length ? (
            items.map((r) => <ReportCard key={r.id} report={r} withSteps />)
          ) : (
            <View className="card">
              <Text>您还没有反映过问题</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
