import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { fileViewers, myCorrections, myFile, myHistory } from '@types-contract/profile/queries';
import { requestCorrection } from '@types-contract/profile/requests';
import type { FileField } from '@types-contract/veteran/fields';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { FileSections } from '../../../components/file/file-sections';
import { FileSummary } from '../../../components/file/file-summary';
import { HistoryList } from '../../../components/file/history-list';
import { BottomSheet } from '../../../components/bottom-sheet';
import { CorrectionForm } from '../components/correction-form';
import { LeaveCard } from '../components/leave-card';
import { PendingCorrections } from '../components/pending-corrections';
import { ViewerList } from '../components/viewer-list';

/**
 * 我的档案: my file (masked), a correction per field, my requests, the history, who looked at it.
 * With `?for=<veteranId>` a family member acts for the veteran (代办); every request is recorded so.
 */
export default function MyFilePage() {
  const forVeteranId = useRouter().params.for || undefined;
  const whose = { forVeteranId };
  const file = useQuery(myFile, whose);
  const corrections = useQuery(myCorrections, whose);
  const history = useQuery(myHistory, whose);
  const viewers = useQuery(fileViewers, whose);
  const ask = useAction(requestCorrection);
  const [editing, setEditing] = useState<{ field: FileField; label: string; value: string } | null>(null);

  const submit = async (value: string, reason: string, photoFileId?: string) => {
    if (!editing) return;
    const done = await ask.run({ forVeteranId, field: editing.field, value, reason, photoFileId });
    if (done) {
      setEditing(null);
      void Taro.showToast({ title: '已提交，等待网格员核实', icon: 'none' });
      corrections.retry();
    }
  };
  return (
    <PageShell>
      <QueryView query={file}>
        {({ file: f, actingFor }) => (
          <>
            {actingFor ? (
              <View className="card" data-testid="acting-for">
                <Text className="text-block">您正在为 {f.name} 代办</Text>
                <Text className="muted">您提交的更正申请将记为「家属代办」，本人和网格员都能看到。</Text>
              </View>
            ) : null}
            <FileSummary file={f} />
            {editing ? (
              <BottomSheet
                title={`申请更正：${editing.label}`}
                testId="correction-sheet"
                onClose={() => {
                  ask.reset();
                  setEditing(null);
                }}
              >
                <CorrectionForm
                  label={editing.label}
                  current={editing.value}
                  busy={ask.loading}
                  error={ask.error ? { message: ask.error.message, field: ask.error.field } : undefined}
                  onSubmit={(value, reason, photo) => void submit(value, reason, photo)}
                  onCancel={() => {
                    ask.reset();
                    setEditing(null);
                  }}
                />
              </BottomSheet>
            ) : null}
            {corrections.data ? <PendingCorrections items={corrections.data.items} /> : null}
            <FileSections file={f} onCorrect={(field, label, value) => setEditing({ field, label, value })} />
          </>
        )}
      </QueryView>
      {history.data ? <HistoryList items={history.data.items} /> : null}
      {viewers.data ? <ViewerList items={viewers.data.items} /> : null}
      {file.data && !file.data.actingFor ? <LeaveCard /> : null}
    </PageShell>
  );
}
