import '../supervision.css';
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { exportReports, listReports, reportFigures } from '@types-contract/supervision/reports';
import { REPORT_STATUSES, REPORT_STATUS_LABELS, type ReportStatus } from '@types-contract/supervision/report-model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ReportCard } from '../components/report-card';
import { supervisionUrl } from '../routes';
import { deliverExport } from '../../../lib/exports/deliver-export';
import { BusyButton } from '../../../components/busy-button';

/** The office's inbox of supervisors' reports, with counts and the Excel export. */
export default function OfficeReportsPage() {
  const [status, setStatus] = useState<ReportStatus | undefined>(undefined);
  const reports = useQuery(listReports, status ? { status } : {});
  const figures = useQuery(reportFigures, {});
  const exporter = useAction(exportReports);
  useDidShow(() => {
    reports.retry();
    figures.retry();
  });
  const download = async () => {
    const file = await exporter.run({});
    if (file) await deliverExport(file);
  };
  return (
    <PageShell>
      <QueryView query={figures}>
        {(f) => (
          <View className="card" data-testid="report-figures">
            <Text className="card-title">
              共 {f.total} 件 · 已公布 {f.published} 件
            </Text>
            <View className="chip-row">
              <Text className={`chip ${status ? '' : 'chip-on'}`} onClick={() => setStatus(undefined)}>
                全部
              </Text>
              {REPORT_STATUSES.map((s) => (
                <Text key={s} className={`chip ${status === s ? 'chip-on' : ''}`} onClick={() => setStatus(s)}>
                  {REPORT_STATUS_LABELS[s]} {f.byStatus[s]}
                </Text>
              ))}
            </View>
            <BusyButton className="btn btn-plain btn-small" busy={exporter.loading} onClick={() => void download()}>
              导出表格
            </BusyButton>
          </View>
        )}
      </QueryView>
      <QueryView query={reports}>
        {({ items }) =>
          items.length ? (
            items.map((r) => (
              <ReportCard
                key={r.id}
                report={r}
                onOpen={() => void Taro.navigateTo({ url: supervisionUrl('report', { id: r.id }) })}
              />
            ))
          ) : (
            <View className="card">
              <Text>没有这类反映</Text>
            </View>
          )
        }
      </QueryView>
    </PageShell>
  );
}
