import { useEffect, useRef } from 'react';
import { View } from '@tarojs/components';
import type { MonthRow } from '@types-contract/dashboard/overview';
import { echarts } from './echarts-core';
import { chartHeight, monthChartOption } from './chart-option';

/** H5: echarts straight on a DOM node. */
export function MonthChart({ months, elderMode }: { months: MonthRow[]; elderMode: boolean }) {
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const el = ref.current as HTMLElement | null;
    if (!el) return undefined;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(monthChartOption(months, elderMode));
    // A phone turned, or a window resized: the chart takes its box's new width.
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, elderMode]);
  return (
    <View
      className="dashboard-chart"
      data-testid="month-chart"
      data-series={JSON.stringify(months.map((m) => m.visits))}
      ref={ref as never}
      style={{ width: '100%', height: `${chartHeight(elderMode)}px` }}
    />
  );
}
