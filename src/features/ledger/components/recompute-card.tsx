import { Text, View } from '@tarojs/components';
import { ROLLUPS_JOB_ID } from '@types-contract/ledger/jobs';
import { shanghai } from '../../../lib/time/format';
import { useLedgerJob } from '../use-ledger-job';

/**
 * For the district's staff: whether the statistics (filing rates, the dashboard's figures) are being
 * recomputed (after a change of the ledger rules, or the nightly check) with 进度 x/y, and when that
 * finished. `onDone` lets the page read its figures again.
 */
export function RecomputeCard({ enabled, onDone }: { enabled: boolean; onDone: () => void }) {
  const job = useLedgerJob(ROLLUPS_JOB_ID, { enabled, onDone });
  const p = job.data;
  if (!enabled || !p) return null;
  return (
    <View className="card" data-testid="recompute-card" data-status={p.status}>
      <Text className="card-title">统计数据</Text>
      {p.status === 'running' ? (
        <>
          <View>
            <Text>正在按最新台账规则重新计算各网格的建档率和统计数字</Text>
          </View>
          <View>
            <Text className="muted" data-testid="recompute-progress">
              进度 {p.done}/{p.total}（算完之前，表中数字可能还是旧的）
            </Text>
          </View>
        </>
      ) : p.status === 'done' ? (
        <Text className="muted">统计数字已于 {shanghai(p.finishedAt)} 重新计算完成</Text>
      ) : (
        <Text className="field-error">{p.error ?? '重新计算未能完成'}</Text>
      )}
    </View>
  );
}
