import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { coverage } from '@types-contract/care/coverage';
import { listTasks } from '@types-contract/care/tasks';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { ChoiceChips } from '../../../components/choice-chips';
import { useQuery } from '../../../lib/cloud';
import { CoverageBar } from '../components/coverage-bar';
import { OrgTrail, type TrailStep } from '../components/org-trail';
import { day } from '../../../lib/time/format';

const PERIODS = ['30', '90', '180', '365'] as const;

/** 走访覆盖 for staff: veterans contacted within N days, per street / community / grid, and the late six-visit tasks. */
export default function CoveragePage() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>('90');
  const [trail, setTrail] = useState<TrailStep[]>([]);
  const orgId = trail.length ? trail[trail.length - 1].id : null;
  const data = useQuery(coverage, { orgId, days: Number(days) });
  const late = useQuery(listTasks, { orgId, overdueOnly: true });
  return (
    <PageShell>
      <View className="card">
        <ChoiceChips
          name="days"
          label="统计周期（近 N 天内联系过）"
          options={PERIODS}
          labels={{ 30: '30天', 90: '90天', 180: '半年', 365: '一年' }}
          value={days}
          onChange={setDays}
        />
        <OrgTrail trail={trail} onBack={() => setTrail(trail.slice(0, -1))} />
      </View>
      <QueryView query={data}>
        {(c) => (
          <View className="card" data-testid="coverage">
            <Text className="card-title">
              {c.node.name} · 近 {c.days} 天走访覆盖
            </Text>
            <CoverageBar
              testId="coverage-total"
              name="合计"
              covered={c.total.contacted}
              of={c.total.veterans}
              rate={c.total.rate}
            />
            {c.rows.map((r) => (
              <CoverageBar
                key={r.id}
                testId={`coverage-${r.id}`}
                name={r.name}
                covered={r.contacted}
                of={r.veterans}
                rate={r.rate}
                onOpen={r.kind === 'grid' ? undefined : () => setTrail([...trail, { id: r.id, name: r.name }])}
              />
            ))}
            {c.node.kind === 'grid' ? (
              <Text className="muted">网格内未联系人员由网格员在「走访慰问」中跟进。</Text>
            ) : null}
          </View>
        )}
      </QueryView>
      <QueryView query={late}>
        {(t) => (
          <View className="card" data-testid="overdue-tasks">
            <Text className="card-title">超期未完成的六必访（{t.items.length} 项）</Text>
            {t.items.length === 0 ? <Text className="text-block">没有超期任务。</Text> : null}
            {t.items.slice(0, 50).map((task) => (
              <View key={task.id} className="list-item">
                <Text className="text-block">
                  {task.veteranName} · {task.occasionLabel}
                </Text>
                <Text className="field-error">应于 {day(task.dueAt)} 前走访</Text>
              </View>
            ))}
            {t.items.length > 50 ? <Text className="muted">仅显示前 50 项，请进入下级单位查看。</Text> : null}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
