import { useState } from 'react';
import Taro from '@tarojs/taro';
import { fileViewers, myCorrections, myFile, myHistory } from '@types-contract/profile/queries';
import { requestCorrection } from '@types-contract/profile/requests';
import type { FileField } from '@types-contract/veteran/fields';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FileSections } from '../../../components/file/file-sections';
import { FileSummary } from '../../../components/file/file-summary';
import { HistoryList } from '../../../components/file/history-list';
import { CorrectionForm } from '../components/correction-form';
import { PendingCorrections } from '../components/pending-corrections';
import { ViewerList } from '../components/viewer-list';

/** 我的档案: my file (masked), a correction per field, my requests, the history, who looked at it. */
export default function MyFilePage() {
  const file = useQuery(myFile, {});
  const corrections = useQuery(myCorrections, {});
  const history = useQuery(myHistory, {});
  const viewers = useQuery(fileViewers, {});
  const ask = useAction(requestCorrection);
  const [editing, setEditing] = useState<{ field: FileField; label: string; value: string } | null>(null);

  const submit = async (value: string, reason: string) => {
    if (!editing) return;
    const done = await ask.run({ field: editing.field, value, reason });
    if (done) {
      setEditing(null);
      void Taro.showToast({ title: '已提交，等待网格员核实', icon: 'none' });
      corrections.retry();
    }
  };
  return (
    <PageShell>
      <QueryView query={file}>
        {({ file: f }) => (
          <>
            <FileSummary file={f} />
            {editing ? (
              <CorrectionForm
                label={editing.label}
                current={editing.value}
                busy={ask.loading}
                error={ask.error ? { message: ask.error.message, field: ask.error.field } : undefined}
                onSubmit={(value, reason) => void submit(value, reason)}
                onCancel={() => {
                  ask.reset();
                  setEditing(null);
                }}
              />
            ) : null}
            {corrections.data ? <PendingCorrections items={corrections.data.items} /> : null}
            <FileSections file={f} onCorrect={(field, label, value) => setEditing({ field, label, value })} />
          </>
        )}
      </QueryView>
      {history.data ? <HistoryList items={history.data.items} /> : null}
      {viewers.data ? <ViewerList items={viewers.data.items} /> : null}
    </PageShell>
  );
}
