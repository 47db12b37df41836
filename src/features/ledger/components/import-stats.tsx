import { Text, View } from '@tarojs/components';
import type { JobProgress } from '@types-contract/jobs/model';
import { useLedgerJob } from '../use-ledger-job';

/**
 * After an import: the figures of the grids it touched being recomputed (a job the commit started), with
 * 进度 in grids while it runs; `onDone` lets the page read its figures again. Leaving the page does not stop
 * it (the ledger's minute timer carries it on).
 */
export function ImportStats({ started, onDone }: { started: JobProgress; onDone: () => void }) {
  const running = started.status === 'running';
  const followed = useLedgerJob(started.id, { enabled: running, running, onDone });
  const p = followed.data?.id === started.id ? followed.data : started;
  if (!p.total) return null;
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
