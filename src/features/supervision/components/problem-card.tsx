import { Text, View } from '@tarojs/components';
import type { ProblemView } from '@types-contract/supervision/reports';
import { minute } from '../../../lib/time/format';

/** One entry of the public problem list: what was wrong, what was done. Never who reported it. */
export function ProblemCard({ problem }: { problem: ProblemView }) {
  return (
    <View className="card" data-testid="problem-card">
      <Text className="card-title">{problem.summary}</Text>
      <Text className="text-block muted">
        {problem.stageLabel} · {problem.typeLabel} · {problem.place}
      </Text>
      <Text className="text-block">整改措施：{problem.measures}</Text>
      <Text className="text-block muted">公布于 {minute(problem.publishedAt)}</Text>
    </View>
  );
}
