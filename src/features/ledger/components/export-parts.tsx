import { Button, Text, View } from '@tarojs/components';
import { EXPORT_KEEP_HOURS } from '@types-contract/common/exports';
import type { LedgerExport } from '@types-contract/ledger/export';

/**
 * Where an export stands: 进度 (people written of people to write) while it runs, then its files, each
 * with its number of people and a download button (the link, valid ten minutes, is asked again on each tap).
 */
export function ExportParts({
  job,
  scope,
  onDownload,
}: {
  job: LedgerExport;
  scope: string;
  onDownload: (index: number) => void;
}) {
  if (job.status === 'running')
    return (
      <View data-testid="export-progress">
        <Text className="text-block">
          正在{job.masked ? '导出' : '完整导出'}，进度 {job.done}/{job.total} 人
        </Text>
        <Text className="muted">人数较多时分成多个文件，请留在本页等待完成</Text>
      </View>
    );
  if (job.status === 'failed') return <Text className="field-error">{job.error ?? '导出未能完成，请重新导出'}</Text>;
  if (job.expired)
    return (
      <View data-testid="export-expired">
        <Text className="text-block">
          {job.masked ? '导出' : '完整导出'}的 {job.rows} 人（{scope}）已超过{EXPORT_KEEP_HOURS}小时，文件已按规定删除
        </Text>
        <Text className="muted">如仍需要，请重新导出</Text>
      </View>
    );
  return (
    <View data-testid="export-done">
      <Text className="text-block">
        已{job.masked ? '导出' : '完整导出'} {job.rows} 人（{scope}）
        {job.parts.length > 1 ? `，共 ${job.parts.length} 个文件` : ''}
      </Text>
      <Text className="muted">
        下载链接10分钟内有效，过期后再点一次即可；文件保留{EXPORT_KEEP_HOURS}小时，之后自动删除
      </Text>
      {job.parts.map((part, i) => (
        <View key={part.fileID} className="export-part" data-testid="export-part">
          <Text className="text-block">
            {part.fileName}（{part.rows} 人）
          </Text>
          <Button className="btn btn-plain btn-small" onClick={() => onDownload(i)}>
            {job.parts.length > 1 ? `下载第 ${i + 1} 个文件` : '再次下载'}
          </Button>
        </View>
      ))}
    </View>
  );
}
