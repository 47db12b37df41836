import { Text, View } from '@tarojs/components';
import type { FigureRow, Figures } from '@types-contract/requests/inbox';

const rate = (f: Figures) => (f.satisfactionRate === null ? '—' : `${Math.round(f.satisfactionRate * 100)}%`);
const hours = (f: Figures) =>
  f.medianAnswerHours === null
    ? '—'
    : f.medianAnswerHours < 48
      ? `${f.medianAnswerHours} 小时`
      : `${Math.round(f.medianAnswerHours / 24)} 天`;

function Line({ name, f, strong }: { name: string; f: Figures; strong?: boolean }) {
  return (
    <View className="figures-row" data-testid={strong ? 'figures-total' : 'figures-row'}>
      <Text className={strong ? 'figures-name card-title' : 'figures-name'}>{name}</Text>
      <Text className="text-block">
        受理 {f.received} · 办结 {f.solved} · 在办 {f.open}
      </Text>
      <Text className="muted">
        答复用时中位数 {hours(f)} · 满意率 {rate(f)}（不满意 {f.unsatisfied}）
      </Text>
    </View>
  );
}

/** The node's figures and one line per node below it. */
export function FiguresTable({ name, total, rows }: { name: string; total: Figures; rows: FigureRow[] }) {
  return (
    <View className="card">
      <Line name={name} f={total} strong />
      {rows.map((r) => (
        <Line key={r.orgId} name={r.name} f={r} />
      ))}
    </View>
  );
}
