import { Text, View } from '@tarojs/components';
import type { RequestStatus } from '@types-contract/requests/model';
import { STATUS_LABELS } from '@types-contract/requests/model';

const PATH: RequestStatus[] = ['submitted', 'accepted', 'in_progress', 'answered', 'closed'];

/** The plain steps (已提交 → 已受理 → 办理中 → 已答复 → 已办结), the current one marked. */
export function StatusSteps({ status, plain }: { status: RequestStatus; plain: string }) {
  const at = PATH.indexOf(status);
  return (
    <View className="card" data-testid="status-steps">
      <View className="request-steps">
        {status === 'returned' ? (
          <Text className="request-step request-step-current">{STATUS_LABELS.returned}</Text>
        ) : (
          PATH.map((s, i) => (
            <Text
              key={s}
              className={`request-step ${i < at ? 'request-step-done' : ''} ${i === at ? 'request-step-current' : ''}`}
            >
              {i > 0 ? '→ ' : ''}
              {STATUS_LABELS[s]}
            </Text>
          ))
        )}
      </View>
      <Text className="text-block" data-testid="plain-status">
        {plain}
      </Text>
    </View>
  );
}
