import { Alert, Empty, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { useQuery } from '../../hooks/useQuery';
import { GradingBoard } from './GradingBoard';

/** The steps at which a period has grades to show. */
const GRADED_STATES: readonly PeriodState[] = ['grading', 'publicity', 'archived'];
const newestFirst = (a: PeriodSummary, b: PeriodSummary) => b.start.localeCompare(a.start);

/** 等次评定: choose a period (the one in 评定 first), then its grading board. */
export function GradingPage() {
  const list = useQuery('periods:list', {});
  const units = useQuery('units:list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const periods = useMemo(() => (list.data ?? []).filter((p) => GRADED_STATES.includes(p.state)).sort(newestFirst), [list.data]);
  const period = periods.find((p) => p.id === chosen) ?? periods.find((p) => p.state === 'grading') ?? periods[0] ?? null;

  const error = list.error ?? units.error;
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!list.data || !units.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!period) {
    return <Empty style={{ marginTop: 80 }} description="还没有进入“评定”的考核周期。请先在“考核周期”页面把周期推进到“评定”。" />;
  }
  const picker = (
    <Select
      aria-label="考核周期"
      value={period.id}
      onChange={setChosen}
      options={periods.map((p) => ({ value: p.id, label: `${p.label}（${PERIOD_STATE_LABELS[p.state]}）` }))}
      style={{ width: 210 }}
    />
  );
  return <GradingBoard key={period.id} period={period} units={units.data} picker={picker} onStateChanged={list.reload} />;
}
