import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { LedgerFilter } from '@types-contract/ledger/search';
import { exportLedger } from '@types-contract/ledger/transfer';
import { useAction } from '../../../lib/cloud';
import { deliverExport } from '../../../lib/exports/deliver-export';

interface ExportCardProps {
  canFull: boolean;
  /** What the list above shows: the export writes the same files. */
  query: string;
  filter: LedgerFilter;
  /** The filter's label, e.g. 全部在册, said beside the count. */
  filterLabel: string;
}

/**
 * 导出台账: the files the list shows (same search and filter, so the counts agree); masked for everyone
 * with the ledger; 完整导出 (with ID numbers and phones) for street and district staff.
 */
export function ExportCard({ canFull, query, filter, filterLabel }: ExportCardProps) {
  const [reason, setReason] = useState('');
  const exporter = useAction(exportLedger);
  const scope = `${filterLabel}${query ? `，搜索“${query}”` : ''}`;
  const run = async (full: boolean) => {
    const done = await exporter.run({ full, reason, query, filter });
    if (done) await deliverExport(done);
  };
  const done = exporter.data;
  return (
    <View className="card" data-testid="export-card">
      <Text className="card-title">导出台账</Text>
      <Text className="text-block muted">导出上方列表中的人员（{scope}）</Text>
      <View className="field">
        <Text className="field-label">导出原因</Text>
        <Input
          className="field-input"
          name="exportReason"
          value={reason}
          placeholder="例如：季度台账核对"
          onInput={(e) => setReason(e.detail.value)}
        />
        {exporter.error ? <Text className="field-error">{exporter.error.message}</Text> : null}
      </View>
      <Button className="btn btn-plain" disabled={exporter.loading || undefined} onClick={() => void run(false)}>
        导出台账（隐去身份证号和电话）
      </Button>
      {canFull ? (
        <Button className="btn btn-plain" disabled={exporter.loading || undefined} onClick={() => void run(true)}>
          完整导出（含完整身份证号和电话）
        </Button>
      ) : null}
      {done ? (
        <View data-testid="export-done">
          <Text className="text-block">
            已{done.masked ? '导出' : '完整导出'} {done.rows} 人（{scope}）：{done.fileName}
          </Text>
          <Button className="btn btn-plain btn-small" onClick={() => void deliverExport(done)}>
            再次下载（10分钟内有效）
          </Button>
        </View>
      ) : null}
      <Text className="muted">
        每次导出都会记入审计记录（导出人、时间和原因）。{canFull ? '完整导出含敏感信息，请妥善保管，用后删除。' : ''}
      </Text>
    </View>
  );
}
