import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '@types-contract/assist/applications';
import { yuan } from '@types-contract/common/money';

const day = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** One application with every step it has taken (who, when, how much). */
export function ApplicationCard({ app, children }: { app: ApplicationView; children?: React.ReactNode }) {
  return (
    <View className='card' data-testid={`application-${app.id}`} data-status={app.status}>
      <Text className='card-title'>{app.kindLabel} · {app.veteranName}</Text>
      <Text className='text-block'>申请金额 {yuan(app.askedFen)}{app.approvedFen !== null ? `，批准 ${yuan(app.approvedFen)}` : ''}</Text>
      <Text className='text-block' data-testid='application-status'>当前：{app.statusLabel}</Text>
      <Text className='muted'>{app.situation}</Text>
      {app.steps.map((s, i) => (
        <View key={i} className='list-item'>
          <Text className='text-block'>{s.label}{s.amountFen !== null ? ` ${yuan(s.amountFen)}` : ''}</Text>
          <Text className='muted'>{s.byRole} {s.byName} · {day(s.at)}{s.note ? ` · ${s.note}` : ''}</Text>
        </View>
      ))}
      {children}
    </View>
  );
}
