import { Button, Text, View } from '@tarojs/components';
import { exportRequests, requestFigures } from '@types-contract/requests/inbox';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { deliverExport } from '../../../lib/exports/deliver-export';
import { FiguresTable } from '../components/figures-table';

/** Figures of the caller's jurisdiction, per node below it, and the ledger as an Excel file. */
export default function FiguresPage() {
  const figures = useQuery(requestFigures, {});
  const exporting = useAction(exportRequests);
  const download = async () => {
    const done = await exporting.run({ state: 'all' });
    if (done) await deliverExport(done);
  };
  return (
    <PageShell>
      <QueryView query={figures}>{(f) => <FiguresTable name={f.node.name} total={f.total} rows={f.rows} />}</QueryView>
      <View className="card">
        <Button
          className="btn btn-primary"
          data-testid="export"
          disabled={exporting.loading}
          onClick={() => void download()}
        >
          {exporting.loading ? '正在生成…' : '导出诉求台账（Excel）'}
        </Button>
        {exporting.data ? (
          <Text className="muted">已导出 {exporting.data.count} 件诉求，链接 10 分钟内有效。</Text>
        ) : null}
        {exporting.error ? <Text className="field-error">{exporting.error.message}</Text> : null}
      </View>
    </PageShell>
  );
}
