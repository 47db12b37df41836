import { Text, View } from '@tarojs/components';
import type { ReportView } from '@types-contract/supervision/reports';
import { minute } from '../../../lib/time/format';
import { Steps } from './steps';

interface ReportCardProps {
  report: ReportView;
  /** Show the steps (the reporter's own list). */
  withSteps?: boolean;
  onOpen?: () => void;
}

export function ReportCard({ report, withSteps, onOpen }: ReportCardProps) {
  return (
    <View className="card" data-testid="report-card" data-ref={report.refNo} onClick={onOpen}>
      <View className="row">
        <Text className="card-title">
          {report.typeLabel}
          {report.prohibitionNo ? `（第${report.prohibitionNo}条）` : ''}
        </Text>
        <Text className={`badge badge-${report.status}`}>{report.statusLabel}</Text>
      </View>
      <Text className="text-block muted">
        编号 {report.refNo} · {report.stageLabel} · {report.place}
      </Text>
      <Text className="text-block">{report.description}</Text>
      <Text className="text-block muted">
        提交于 {minute(report.filedAt)}
        {report.photoCount ? ` · 照片${report.photoCount}张` : ''}
        {report.published ? ' · 已公布到问题清单' : ''}
      </Text>
      {report.answer ? <Text className="text-block answer">答复：{report.answer}</Text> : null}
      {withSteps ? <Steps steps={report.steps} /> : null}
      {onOpen ? <Text className="muted">查看详情 ›</Text> : null}
    </View>
  );
}
