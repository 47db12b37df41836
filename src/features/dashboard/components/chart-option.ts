import type { MonthRow } from '@types-contract/dashboard/overview';

/** The echarts option of the monthly chart: visits as bars, their value (yuan) as a line. */
export function monthChartOption(months: MonthRow[]) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['走访次数', '慰问金额(元)'] },
    grid: { left: 40, right: 48, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => m.month.slice(2)) },
    yAxis: [
      { type: 'value', name: '次' },
      { type: 'value', name: '元' },
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
