import { Text, View } from '@tarojs/components';
import { FigureLine } from './figure-line';
import type { DashboardData } from '@types-contract/dashboard/overview';
import { yuan } from '@types-contract/common/money';

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

/** What a read rate is of: read receipts of the veterans the period's notices reached (人次). */
function noticeDetail(n: NonNullable<DashboardData['notices']>): string {
  if (!n.sent) return '本期没有发布政策通知';
  if (!n.audience) return '通知范围内暂无已登记的退役军人';
  return `应阅读 ${n.audience} 人次，已读 ${n.read} 人次，阅读率 ${pct(n.readRate)}`;
}

/**
 * The headline figures of a node for the period: a label and its short value on one line; what a figure
 * is made of (key groups by kind, what a read rate is of) on a full-width line below it, so a narrow
 * screen never squeezes the label.
 */
export function FiguresCard({ data }: { data: DashboardData }) {
  const t = data.total;
  const line = (label: string, value: string, testId?: string, detail?: string) => (
    <FigureLine label={label} value={value} testId={testId} detail={detail} />
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
        `${t.keyGroupPeople} 人`,
        'fig-key-groups',
        `按类别 ${t.keyGroups} 人次：80岁以上 ${t.aged80}，特困 ${t.hardship}，重大贡献 ${t.contribution}，立功受奖 ${t.decorated}`,
      )}
      {line('走访慰问', `${t.visits} 次`, 'fig-visits')}
      {line('慰问金额', yuan(t.visitValueFen), 'fig-visit-value')}
      {line('临时困难补助', `${t.subsidies} 笔 · ${yuan(t.subsidyFen)}`, 'fig-subsidies')}
      {line('救助专项资金', `${data.relief.cases} 件 · ${yuan(data.relief.paidFen)}`)}
      {data.requests
        ? line(
            '诉求（本期）',
            `受理 ${data.requests.received} 件`,
            'fig-requests',
            `办结 ${data.requests.solved} 件 · 满意率 ${data.requests.satisfaction === null ? '暂无评价' : pct(data.requests.satisfaction)}`,
          )
        : null}
      {data.notices
        ? line('政策通知（本期）', `发布 ${data.notices.sent} 条`, 'fig-notices', noticeDetail(data.notices))
        : null}
      <Text className="muted figure-rule">建档标准：{data.filingRule}</Text>
    </View>
  );
}
