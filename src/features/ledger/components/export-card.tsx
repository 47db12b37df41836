import { useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { type LedgerExport, ledgerExport } from '@types-contract/ledger/export';
import type { LedgerFilter } from '@types-contract/ledger/search';
import { exportLedger } from '@types-contract/ledger/transfer';
import { useAction, useQuery } from '../../../lib/cloud';
import { deliverExport } from '../../../lib/exports/deliver-export';
import { createLocalStore } from '../../../lib/preferences/local-store';
import { shanghai } from '../../../lib/time/format';
import { ExportParts } from './export-parts';

interface ExportCardProps {
  canFull: boolean;
  /** What the list above shows: the export writes the same files. */
  query: string;
  filter: LedgerFilter;
  /** The filter's label, e.g. 全部在册, said beside the count. */
  filterLabel: string;
}

/** How often the card asks while an export runs (each ask also writes one more part of it). */
const POLL_MS = 2000;

/**
 * The last export started on this phone: the card shows it again when the page is opened later (a large
 * export runs on while the user is away; its files stay downloadable for a day). Someone else's, or one
 * the server no longer has, is forgotten quietly.
 */
const lastExport = createLocalStore<string>('vetgrid.ledger.lastExport', '');

/**
 * 导出台账: the files the list shows (same search and filter, so the counts agree); masked for everyone
 * with the ledger; 完整导出 (with ID numbers and phones) for street and district staff. An export is a job:
 * a grid's or community's is done by the time the call answers (its one file downloads at once); a large
 * one shows 进度 while the card follows it, then its files (one per 10,000 people), each downloaded with a
 * link asked afresh. Leaving the page does not lose it: the card finds the last one again.
 */
export function ExportCard({ canFull, query, filter, filterLabel }: ExportCardProps) {
  const [reason, setReason] = useState('');
  const exporter = useAction(exportLedger);
  const refresher = useAction(ledgerExport);
  const remembered = lastExport.use();
  const started = exporter.data;
  const jobId = started?.id ?? remembered;
  // A job started here is followed while it runs; one remembered from before is asked once on opening.
  const follow = useQuery(ledgerExport, { jobId }, { enabled: !!jobId && (!started || started.status === 'running') });
  const job: LedgerExport | undefined = follow.data?.id === jobId ? follow.data : started;
  const scope = `${filterLabel}${query ? `，搜索“${query}”` : ''}`;
  const jobScope =
    job && job.id === started?.id ? scope : job ? `${job.orgName}，${shanghai(job.createdAt)}开始导出` : '';
  const gone = !started && follow.error?.code === 'NOT_FOUND';
  useEffect(() => {
    if (gone) lastExport.set('');
  }, [gone]);
  useEffect(() => {
    if (job?.status !== 'running' || follow.loading) return;
    const t = setTimeout(follow.retry, POLL_MS);
    return () => clearTimeout(t);
  }, [job?.status, follow.loading, follow.retry]);
  const run = async (full: boolean) => {
    const done = await exporter.run({ full, reason, query, filter });
    if (done) lastExport.set(done.id);
    if (done?.status === 'done' && done.parts.length === 1) await deliverExport(done.parts[0]);
  };
  /** A part's link is asked afresh on each download (the one shown may have died after ten minutes). */
  const download = async (index: number) => {
    if (!job) return;
    const fresh = await refresher.run({ jobId: job.id });
    if (fresh?.parts[index]) await deliverExport(fresh.parts[index]);
  };
  const busy = exporter.loading || job?.status === 'running';
  const error = exporter.error ?? (gone ? undefined : follow.error) ?? refresher.error;
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
        {error ? <Text className="field-error">{error.message}</Text> : null}
      </View>
      <Button className="btn btn-plain btn-wrap" disabled={busy || undefined} onClick={() => void run(false)}>
        导出台账（隐去身份证号和电话）
      </Button>
      {canFull ? (
        <Button className="btn btn-plain btn-wrap" disabled={busy || undefined} onClick={() => void run(true)}>
          完整导出（含完整身份证号和电话）
        </Button>
      ) : null}
      {job ? <ExportParts job={job} scope={jobScope} onDownload={(i) => void download(i)} /> : null}
      <Text className="muted">
        每次导出都会记入审计记录（导出人、时间和原因）。{canFull ? '完整导出含敏感信息，请妥善保管，用后删除。' : ''}
      </Text>
    </View>
  );
}
