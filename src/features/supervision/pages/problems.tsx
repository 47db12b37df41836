import '../supervision.css';
import { Text, View } from '@tarojs/components';
import { listProblems } from '@types-contract/supervision/reports';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { ProblemCard } from '../components/problem-card';

/** 问题清单: problems found by the integrity supervisors and what was done, published to the whole district. */
export default function ProblemsPage() {
  const problems = useQuery(listProblems, {});
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">廉洁征兵问题清单</Text>
        <Text className="text-block muted">
          廉洁征兵监督员反映、经征兵办核查处理的问题，向全区公布。反映人信息严格保密。
        </Text>
      </View>
      <QueryView query={problems}>
        {({ items }) =>
          items.length ? (
            items.map((p) => <ProblemCard key={p.id} problem={p} />)
          ) : (
            <View className="card">
              <Text>暂无公布的问题</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
