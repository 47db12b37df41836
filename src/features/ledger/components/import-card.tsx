import { useCallback, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { importCommit, importDryRun, MAX_IMPORT_ROWS } from '@types-contract/ledger/transfer';
import { CloudError, useAction } from '../../../lib/cloud';
import { createLocalStore } from '../../../lib/preferences/local-store';
import { pickSheet, type PickedSheet } from '../pick-sheet';
import { ImportReportView } from './import-report';
import { ImportStats } from './import-stats';

/**
 * The recompute of the last import made on this phone while it runs: the card shows its 进度 again when the
 * page is opened later, and forgets it once it is done (or is not this person's).
 */
const lastImport = createLocalStore<string>('vetgrid.ledger.lastImportStats', '');

/**
 * 导入台账: pick the .xlsx, see the dry run row by row, then 确认导入 (rows with problems are skipped); then
 * the touched grids' figures being updated. `onImported`: after the commit, and again once the figures are.
 */
export function ImportCard({ onImported }: { onImported: () => void }) {
  const [sheet, setSheet] = useState<PickedSheet | null>(null);
  const [pickError, setPickError] = useState('');
  const [picking, setPicking] = useState(false);
  const dry = useAction(importDryRun);
  const commit = useAction(importCommit);
  const remembered = lastImport.use();
  const finished = useCallback(() => {
    lastImport.set('');
    onImported();
  }, [onImported]);
  const forget = useCallback(() => lastImport.set(''), []);
  const choose = async () => {
    setPicking(true);
    setPickError('');
    commit.reset();
    try {
      const picked = await pickSheet();
      if (!picked) return;
      setSheet(picked);
      await dry.run({ fileID: picked.fileID });
    } catch (error) {
      setPickError(error instanceof CloudError ? error.message : '文件上传失败，请重试');
    } finally {
      setPicking(false);
    }
  };
  const confirm = async () => {
    const done = sheet ? await commit.run({ fileID: sheet.fileID }) : undefined;
    if (!done) return;
    lastImport.set(done.stats.status === 'running' ? done.stats.id : '');
    onImported();
  };
  const busy = picking || dry.loading || commit.loading;
  const error = pickError || dry.error?.message || commit.error?.message;
  return (
    <View className="card" data-testid="import-card">
      <Text className="card-title">导入台账</Text>
      <Text className="muted">
        {`选择区里现有的台账表格（.xlsx，第一行为中文表头，含所属镇街、所属社区、所属网格、姓名、身份证号等列）。每张表最多 ${MAX_IMPORT_ROWS} 行。先逐行检查，确认后才导入；同一张表导入两次不会重复建档。`}
      </Text>
      <Button className="btn btn-plain" disabled={busy || undefined} onClick={() => void choose()}>
        {sheet ? '重新选择表格' : '选择 .xlsx 表格'}
      </Button>
      {sheet ? <Text className="text-block">已选择：{sheet.name}</Text> : null}
      {error ? <Text className="field-error">{error}</Text> : null}
      {commit.data ? (
        <>
          <ImportReportView report={commit.data} committed />
          <ImportStats
            key={commit.data.stats.id}
            jobId={commit.data.stats.id}
            started={commit.data.stats}
            onDone={finished}
          />
        </>
      ) : dry.data ? (
        <>
          <ImportReportView report={dry.data} committed={false} />
          <Button
            className="btn btn-primary"
            disabled={busy || dry.data.toCreate === 0 || undefined}
            onClick={() => void confirm()}
          >
            {dry.data.toCreate === 0 ? '没有可新建的档案' : `确认导入（新建 ${dry.data.toCreate} 份）`}
          </Button>
        </>
      ) : remembered ? (
        <ImportStats key={remembered} jobId={remembered} onDone={finished} onGone={forget} />
      ) : null}
    </View>
  );
}
