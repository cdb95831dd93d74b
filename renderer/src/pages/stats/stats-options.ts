import type { GradeStatistics } from '@shared/api/appraisal-schemas';
import { GRADE_CHART_COLORS, GRADE_KEYS, GRADE_NAMES } from '../grading/grade-style';
import type { ChartOption } from './EChart';

export type Counts = GradeStatistics['trend'][number]['counts'];

const ANIMATION = { animationDuration: 300 } as const;
const LEGEND = { top: 0, itemWidth: 14, itemHeight: 10, itemGap: 14 } as const;

/** “2026年第一季度” on two lines, so a year of quarters fits under the bars. */
const twoLines = (label: string) => label.replace(/^(\d{4}年)/, '$1\n');

/** The grade distribution of every graded period, stacked, with the 好 seats and how many were used. */
export function trendOption(trend: GradeStatistics['trend']): ChartOption {
  return {
    ...ANIMATION,
    tooltip: { trigger: 'axis' },
    legend: LEGEND,
    grid: { left: 44, right: 16, top: 32, bottom: 44 },
    xAxis: { type: 'category', data: trend.map((t) => twoLines(t.label)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '人数', minInterval: 1 },
    series: [
      ...GRADE_KEYS.map((g) => ({
        type: 'bar' as const,
        name: GRADE_NAMES[g],
        stack: 'grades',
        barMaxWidth: 48,
        itemStyle: { color: GRADE_CHART_COLORS[g] },
        data: trend.map((t) => t.counts[g]),
      })),
      { type: 'line', name: '好等次名额', data: trend.map((t) => t.seats), itemStyle: { color: '#595959' }, lineStyle: { type: 'dashed' } },
      { type: 'line', name: '好等次已用', data: trend.map((t) => t.used), itemStyle: { color: GRADE_CHART_COLORS.good } },
    ],
  };
}

/** One period's distribution as shares. */
export function pieOption(counts: Counts): ChartOption {
  return {
    ...ANIMATION,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    legend: LEGEND,
    series: [
      {
        type: 'pie',
        radius: ['0%', '62%'],
        center: ['50%', '56%'],
        label: { formatter: '{b} {c}人\n{d}%' },
        data: GRADE_KEYS.filter((g) => counts[g] > 0).map((g) => ({
          name: GRADE_NAMES[g],
          value: counts[g],
          itemStyle: { color: GRADE_CHART_COLORS[g] },
        })),
      },
    ],
  };
}

/** Height of the per-unit chart: a bar per unit. */
export const unitChartHeight = (units: number) => Math.max(240, 60 + units * 22);

/** One period per unit: horizontal stacked bars, units top to bottom in the organisation's order. */
export function unitOption(byUnit: GradeStatistics['byUnit']): ChartOption {
  return {
    ...ANIMATION,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: LEGEND,
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: byUnit.map((u) => u.unitLabel), axisLabel: { width: 190, overflow: 'truncate' } },
    series: GRADE_KEYS.map((g) => ({
      type: 'bar' as const,
      name: GRADE_NAMES[g],
      stack: 'grades',
      barMaxWidth: 16,
      itemStyle: { color: GRADE_CHART_COLORS[g] },
      data: byUnit.map((u) => u.counts[g]),
    })),
  };
}
