import type { MonthRow } from '@types-contract/dashboard/overview';

/** Axis numbers short enough for a phone: 12,000 -> 1.2万. */
const compact = (v: number) => (Math.abs(v) >= 10_000 ? `${+(v / 10_000).toFixed(1)}万` : String(v));

/**
 * The echarts option of the monthly chart: visits as bars, their value (yuan) as a line. The grid holds its
 * axis labels (containLabel), so the right axis is never cut off at 360 px.
 */
export function monthChartOption(months: MonthRow[]) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['走访次数', '慰问金额(元)'] },
    grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month.slice(2)) },
    yAxis: [
      { type: 'value', name: '次', axisLabel: { formatter: compact } },
      { type: 'value', name: '元', axisLabel: { formatter: compact } },
    ],
    series: [
      { name: '走访次数', type: 'bar', data: months.map((m) => m.visits), itemStyle: { color: '#b71c1c' } },
      {
        name: '慰问金额(元)',
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => Math.round(m.visitValueFen / 100)),
        itemStyle: { color: '#f9a825' },
      },
    ],
  };
}
