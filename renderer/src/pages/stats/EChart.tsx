import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerCharts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type RefObject } from 'react';

registerCharts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
export type { ECharts };

interface Props {
  option: ChartOption;
  height: number;
  /** Receives the live chart (for 导出图片) while it is mounted. */
  chartRef?: RefObject<ECharts | null>;
}

/** One ECharts chart: made on mount, resized with its box, disposed on unmount; a new option replaces the old one. */
export function EChart({ option, height, chartRef }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = box.current!;
    const c = init(el);
    chart.current = c;
    if (chartRef) chartRef.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      if (chartRef) chartRef.current = null;
    };
  }, [chartRef]);

  // After the chart is made (effects run in order), and again whenever it is made anew.
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, chartRef]);

  return <div ref={box} style={{ height, width: '100%' }} />;
}
