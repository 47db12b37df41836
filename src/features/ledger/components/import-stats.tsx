import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { JobProgress } from '@types-contract/jobs/model';
import { useLedgerJob } from '../use-ledger-job';

interface ImportStatsProps {
  jobId: string;
  /** What the commit answered; absent for a recompute remembered from before (shown only while it runs). */
  started?: JobProgress;
  onDone: () => void;
  /** The job is not the caller's to follow (another person's on this phone, or no longer stored). */
  onGone?: () => void;
}

/**
 * After an import: the figures of the grids it touched being recomputed (a job the commit started), with
 * 进度 in grids while it runs; `onDone` lets the page read its figures again. Leaving the page does not stop
 * it (the ledger's minute timer carries it on), and the card finds it again when the page is opened.
 */
export function ImportStats({ jobId, started, onDone, onGone }: ImportStatsProps) {
  // A remembered one was stored while it ran: asked at once, and `onDone` when it is found finished.
  const running = started ? started.status === 'running' : true;
  const followed = useLedgerJob(jobId, { enabled: running, running, onDone });
  // Not the caller's, or a remembered one that failed (the nightly check recomputes its grids): forgotten.
  const gone =
    followed.error?.code === 'NOT_FOUND' ||
    followed.error?.code === 'FORBIDDEN' ||
    (!started && followed.data?.status === 'failed');
  useEffect(() => {
    if (gone) onGone?.();
  }, [gone, onGone]);
  const p = followed.data?.id === jobId ? followed.data : started;
  if (!p?.total || (!started && p.status !== 'running')) return null;
  return (
    <View data-testid="import-stats" data-status={p.status}>
      {p.status === 'running' ? (
        <>
          <Text className="text-block">正在更新所涉网格的建档率和统计数字</Text>
          <Text className="text-block muted" data-testid="import-stats-progress">
            进度 {p.done}/{p.total} 个网格（更新完之前，上方统计表中的数字可能还是旧的；离开本页不影响更新）
          </Text>
        </>
      ) : p.status === 'done' ? (
        <Text className="text-block muted">所涉 {p.total} 个网格的建档率和统计数字已更新</Text>
      ) : (
        <Text className="field-error">统计数字未能更新完，今晚的例行核对会重新计算</Text>
      )}
    </View>
  );
}
