import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas } from '@tarojs/components';
import type { MonthRow } from '@types-contract/dashboard/overview';
import { echarts } from './echarts-core';
import { chartHeight, monthChartOption } from './chart-option';

let seq = 0;

/** weapp: echarts on a 2d canvas node (the ec-canvas approach: the node is handed to echarts as its canvas). */
export function MonthChart({ months, elderMode }: { months: MonthRow[]; elderMode: boolean }) {
  const id = useRef(`month-chart-${++seq}`).current;
  useEffect(() => {
    let chart: ReturnType<typeof echarts.init> | null = null;
    const timer = setTimeout(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res) => {
          const found = res?.[0] as
            | {
                node?: { getContext: (k: string) => unknown; width: number; height: number };
                width: number;
                height: number;
              }
            | undefined;
          if (!found?.node) return;
          const canvas = found.node;
          const dpr = Taro.getSystemInfoSync().pixelRatio;
          canvas.width = found.width * dpr;
          canvas.height = found.height * dpr;
          echarts.setPlatformAPI({ createCanvas: () => canvas as never });
          chart = echarts.init(canvas as never, null, {
            width: found.width,
            height: found.height,
            devicePixelRatio: dpr,
          });
          chart.setOption(monthChartOption(months, elderMode));
        });
    }, 0);
    return () => {
      clearTimeout(timer);
      chart?.dispose();
    };
  }, [id, months, elderMode]);
  return (
    <Canvas
      type="2d"
      id={id}
      className="dashboard-chart"
      data-testid="month-chart"
      data-series={JSON.stringify(months.map((m) => m.visits))}
      style={{ width: '100%', height: `${chartHeight(elderMode)}px` }}
    />
  );
}
