import { SHARE_BASE, sharePercent } from '@shared/grading/share';
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

/**
 * One period's distribution. The shares are of 参加评定 (the four grades, the quota's base) as in
 * the 汇总表; 不确定等次 is shown as a count without a share.
 */
export function pieOption(counts: Counts): ChartOption {
  const graded = counts.good + counts.fair + counts.average + counts.poor;
  const label = (p: { name: string; value: number }) =>
    p.name === GRADE_NAMES.undetermined ? `${p.name} ${p.value}人` : `${p.name} ${p.value}人\n${sharePercent(p.value, graded)}`;
  return {
    ...ANIMATION,
    title: { subtext: `百分比以${SHARE_BASE} ${graded} 人为基数`, left: 'center', top: 0, subtextStyle: { fontSize: 12 } },
    tooltip: { trigger: 'item', formatter: (p: unknown) => label(p as { name: string; value: number }).replace('\n', '，') },
    legend: LEGEND,
    series: [
      {
        type: 'pie',
        radius: ['0%', '62%'],
        center: ['50%', '56%'],
        label: { formatter: (p: unknown) => label(p as { name: string; value: number }) },
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
