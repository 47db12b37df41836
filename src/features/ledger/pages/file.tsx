import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { fileDetail } from '@types-contract/ledger/roster';
import { decideCorrection } from '@types-contract/ledger/corrections';
import { verifyFile } from '@types-contract/ledger/edits';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FileSections } from '../../../components/file/file-sections';
import { FileSummary } from '../../../components/file/file-summary';
import { HistoryList } from '../../../components/file/history-list';
import { AssistCard } from '../components/assist-card';
import { CorrectionDecision } from '../components/correction-decision';
import { KeyGroupCard } from '../components/key-group-card';
import { MoveCard } from '../components/move-card';
import { ProxyCodeCard } from '../components/proxy-code-card';
import { RevealCard } from '../components/reveal-card';
import { FileCareCard } from '../../care/components/file-care-card';

/** The file page for the grid team and staff: corrections to decide, 核实, the history. Opening it is logged. */
export default function FilePage() {
  const veteranId = useRouter().params.id ?? '';
  const detail = useQuery(fileDetail, { veteranId }, { enabled: Boolean(veteranId) });
  const decide = useAction(decideCorrection);
  const verify = useAction(verifyFile);
  const done = (title: string) => {
    void Taro.showToast({ title, icon: 'success' });
    detail.retry();
  };
  // The file may now be outside the caller's grid: back to the list it came from.
  const moved = (title: string) => {
    void Taro.showToast({ title, icon: 'none' });
    setTimeout(() => void Taro.navigateBack(), 1200);
  };
  return (
    <PageShell>
      <QueryView query={detail}>
        {({ file, corrections, history }) => (
          <>
            <FileSummary file={file} />
            {corrections.map((c) => (
              <CorrectionDecision
                key={c.id}
                item={c}
                busy={decide.loading}
                error={decide.error?.message}
                onDecide={(decision, note) =>
                  void decide
                    .run({ correctionId: c.id, decision, note })
                    .then((r) => r && done(decision === 'confirm' ? '已更正' : '已驳回'))
                }
              />
            ))}
            <View className="card">
              <Button
                className="btn btn-primary"
                disabled={verify.loading || undefined}
                onClick={() => void verify.run({ veteranId, version: undefined }).then((r) => r && done('已核实'))}
              >
                核实无误
              </Button>
            </View>
            <AssistCard veteranId={veteranId} name={file.name} orgPath={file.orgPath} />
            <FileSections file={file} />
            <FileCareCard veteranId={veteranId} name={file.name} />
            <RevealCard veteranId={veteranId} />
            <KeyGroupCard veteranId={veteranId} groups={file.keyGroups} onDone={done} />
            <MoveCard veteranId={veteranId} currentGridId={file.gridId} onDone={moved} />
            <HistoryList items={history} />
            <ProxyCodeCard veteranId={veteranId} />
          </>
        )}
      </QueryView>
    </PageShell>
  );
}
