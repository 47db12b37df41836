import type { MonthRow } from '@types-contract/dashboard/overview';

/** Axis numbers short enough for a phone: 12,000 -> 1.2万. */
const compact = (v: number) => (Math.abs(v) >= 10_000 ? `${+(v / 10_000).toFixed(1)}万` : String(v));

/**
 * Text sizes (px) of the chart: echarts draws 12 px unless told, below 长辈模式's 18 px minimum (the
 * MIIT 适老化 rule app.css follows); so the chart follows the setting as the page's text does.
 */
export const CHART_TEXT = { normal: 12, elder: 18 } as const;

/** The chart's height (px): taller in 长辈模式 so the larger labels leave room for the bars. */
export const chartHeight = (elderMode: boolean) => (elderMode ? 300 : 240);

/**
 * The echarts option of the monthly chart: visits as bars, their value (yuan) as a line. The grid holds its
 * axis labels (containLabel), so the right axis is never cut off at 360 px. Every text (legend, axis
 * labels and names, tooltip) takes the size of the mode.
 */
export function monthChartOption(months: MonthRow[], elderMode = false) {
  const fontSize = elderMode ? CHART_TEXT.elder : CHART_TEXT.normal;
  const text = { fontSize };
  return {
    animation: false,
    textStyle: text,
    tooltip: { trigger: 'axis', textStyle: text },
    legend: { data: ['走访次数', '慰问金额(元)'], textStyle: text, itemGap: elderMode ? 16 : 10 },
    grid: { left: 8, right: 8, top: elderMode ? 60 : 44, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month.slice(2)), axisLabel: text },
    yAxis: [
      { type: 'value', name: '次', nameTextStyle: text, axisLabel: { ...text, formatter: compact } },
      { type: 'value', name: '元', nameTextStyle: text, axisLabel: { ...text, formatter: compact } },
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
