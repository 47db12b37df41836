import { useEffect, useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import { dashboardExport, dashboardOverview } from '@types-contract/dashboard/overview';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FiguresCard } from '../components/figures-card';
import { ActivityCard } from '../components/activity-card';
import { ChildrenTable } from '../components/children-table';
import { MonthChart } from '../components/month-chart';
import { deliverExport } from '../../../lib/exports/deliver-export';
import { Breadcrumb } from '../../../components/breadcrumb';
import { useElderMode } from '../../../lib/preferences/elder-mode';

/** 数据看板: figures over the caller's jurisdiction, drill down, a period, export to Excel (area staff). */
export default function DashboardPage() {
  /** The nodes drilled into below the caller's own (the root, which the first answer names). */
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [rootName, setRootName] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const orgId = trail.length ? trail[trail.length - 1].id : null;
  const elderMode = useElderMode();
  const data = useQuery(dashboardOverview, { orgId, from, to });
  // Only an answer for the root names it: going back up, the node left is still shown until the root's answer.
  const shownRoot = !trail.length && !data.stale ? data.data?.node.name : undefined;
  useEffect(() => {
    if (shownRoot) setRootName(shownRoot);
  }, [shownRoot]);
  const exporter = useAction(dashboardExport);
  // The grid team reads its figures here; the tables leave the system only with area staff (the policy).
  const exports = mayAnywhere(useQuery(whoami, {}).data, 'dashboard:export');
  const exportTable = async (table: 'children' | 'months') => {
    const out = await exporter.run({ table, orgId, from, to });
    if (out) await deliverExport(out);
  };
  return (
    <PageShell>
      {rootName ? (
        <Breadcrumb crumbs={[{ id: null, name: rootName }, ...trail]} onUp={(i) => setTrail(trail.slice(0, i))} />
      ) : null}
      <View className="card">
        <Text className="card-title">统计期间</Text>
        <View className="row">
          <Picker
            mode="date"
            fields="month"
            value={from ?? data.data?.period.from ?? ''}
            onChange={(e) => setFrom(e.detail.value.slice(0, 7))}
          >
            <Text className="text-block" data-testid="period-from">
              从 {from ?? data.data?.period.from ?? '—'}
            </Text>
          </Picker>
          <Picker
            mode="date"
            fields="month"
            value={to ?? data.data?.period.to ?? ''}
            onChange={(e) => setTo(e.detail.value.slice(0, 7))}
          >
            <Text className="text-block" data-testid="period-to">
              至 {to ?? data.data?.period.to ?? '—'}
            </Text>
          </Picker>
        </View>
      </View>
      <QueryView query={data}>
        {(d) => (
          <>
            <FiguresCard data={d} />
            <ActivityCard total={d.total} />
            <View className="card">
              <Text className="card-title">各月走访</Text>
              <MonthChart months={d.months} elderMode={elderMode} />
            </View>
            <ChildrenTable rows={d.children} onOpen={(r) => setTrail([...trail, { id: r.id, name: r.name }])} />
            {exports ? (
              <View className="card">
                <Text className="card-title">导出 Excel</Text>
                <Button
                  className="btn btn-plain"
                  disabled={exporter.loading}
                  onClick={() => void exportTable('children')}
                >
                  导出下级单位统计表
                </Button>
                <Button
                  className="btn btn-plain"
                  disabled={exporter.loading}
                  onClick={() => void exportTable('months')}
                >
                  导出分月统计表
                </Button>
                {exporter.error ? <Text className="field-error">{exporter.error.message}</Text> : null}
              </View>
            ) : null}
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
