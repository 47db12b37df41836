import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '@types-contract/assist/applications';
import { yuan } from '@types-contract/common/money';
import { fullDate } from '../../../lib/time/format';
import { EvidencePhotos } from './evidence-photos';

/** One application with every step it has taken (who, when, how much), in plain words and full dates. */
export function ApplicationCard({ app, children }: { app: ApplicationView; children?: React.ReactNode }) {
  return (
    <View className="card" data-testid={`application-${app.id}`} data-status={app.status}>
      <Text className="card-title">
        {app.kindLabel} · {app.veteranName}
      </Text>
      <Text className="text-block request-status" data-testid="application-status">
        当前：{app.statusLabel}
      </Text>
      <Text className="text-block">申请金额：{yuan(app.askedFen)}</Text>
      {app.approvedFen !== null ? <Text className="text-block">批准金额：{yuan(app.approvedFen)}</Text> : null}
      {app.disbursedFen !== null ? (
        <Text className="text-block" data-testid="application-paid">
          已发放：{yuan(app.disbursedFen)}（{app.disburseMethod}
          {app.disbursedAt ? `，${fullDate(app.disbursedAt)}` : ''}）
        </Text>
      ) : null}
      <Text className="text-block muted">困难情况：{app.situation}</Text>
      <EvidencePhotos id={app.id} count={app.evidenceCount} />
      <Text className="field-label">办理经过</Text>
      {app.steps.map((s, i) => (
        <View key={i} className="history-item" data-testid="application-step">
          <Text className="text-block">
            {i + 1}. {s.label}
            {s.amountFen !== null ? `　${yuan(s.amountFen)}` : ''}
          </Text>
          <Text className="text-block muted">
            {fullDate(s.at)} · {s.byRole} {s.byName}
          </Text>
          {s.note ? <Text className="text-block muted">说明：{s.note}</Text> : null}
        </View>
      ))}
      {children}
    </View>
  );
}
