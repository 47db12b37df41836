import { Text, View } from '@tarojs/components';
import type { ImportReport } from '@types-contract/ledger/transfer';

/** The dry run (or the import) row by row: what will be created, what is already filed, each row's problems. */
export function ImportReportView({ report, committed }: { report: ImportReport; committed: boolean }) {
  return (
    <View data-testid="import-report">
      <Text className="text-block">
        共 {report.rows} 行：{committed ? `已新建 ${report.created} 份档案` : `可新建 ${report.toCreate} 份档案`}
        ，已有档案 {report.existing} 人，有问题 {report.rejected} 行
      </Text>
      {report.problems.length ? (
        <Text className="text-block">
          以下各行有问题，{committed ? '未导入' : '导入时将跳过'}，请在表格中改正后重新导入：
        </Text>
      ) : null}
      {report.problems.map((p, i) => (
        <View key={`${p.row}-${p.column}-${i}`} className="history-item" data-row={p.row}>
          <Text className="text-block">
            第 {p.row} 行 · {p.column || '整行'}：{p.message}
          </Text>
        </View>
      ))}
      {report.truncated ? <Text className="muted">问题较多，只列出前面一部分。</Text> : null}
    </View>
  );
}
