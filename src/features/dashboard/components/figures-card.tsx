import { Text, View } from '@tarojs/components';
import type { DashboardData } from '@types-contract/dashboard/overview';
import { yuan } from '@types-contract/common/money';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** The headline figures of a node for the period: the label keeps its line, a long value wraps beside it. */
export function FiguresCard({ data }: { data: DashboardData }) {
  const t = data.total;
  const line = (label: string, value: string, testId?: string) => (
    <View className="row figure-line">
      <Text className="text-block figure-label">{label}</Text>
      <Text className="text-block figure-value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
  return (
    <View className="card" data-testid="figures">
      <Text className="card-title">
        {data.node.name} · {data.period.from} 至 {data.period.to}
      </Text>
      {line('退役军人（在册）', `${t.veterans} 人`, 'fig-veterans')}
      {line('建档率', `${pct(t.filingRate)}（${t.filed} 人）`, 'fig-filing')}
      {line(
        '重点人群',
        `${t.keyGroupPeople} 人（按类别 ${t.keyGroups} 人次：80岁以上 ${t.aged80}，特困 ${t.hardship}，重大贡献 ${t.contribution}，立功受奖 ${t.decorated}）`,
        'fig-key-groups',
      )}
      {line('走访慰问', `${t.visits} 次`, 'fig-visits')}
      {line('慰问金额', yuan(t.visitValueFen), 'fig-visit-value')}
      {line('临时困难补助', `${t.subsidies} 笔 · ${yuan(t.subsidyFen)}`, 'fig-subsidies')}
      {line('救助专项资金', `${data.relief.cases} 件 · ${yuan(data.relief.paidFen)}`)}
      {data.requests
        ? line(
            '诉求（本期）',
            `受理 ${data.requests.received} 件 · 办结 ${data.requests.solved} 件 · 满意率 ${data.requests.satisfaction === null ? '—' : pct(data.requests.satisfaction)}`,
            'fig-requests',
          )
        : null}
      {data.notices
        ? line('政策通知（本期）', `发布 ${data.notices.sent} 条 · 阅读率 ${pct(data.notices.readRate)}`, 'fig-notices')
        : null}
      <Text className="muted">建档标准：{data.filingRule}</Text>
    </View>
  );
}
