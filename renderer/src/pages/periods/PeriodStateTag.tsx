import { Tag } from 'antd';
import { PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { STATE_COLORS } from './period-state';

export function PeriodStateTag({ state }: { state: PeriodState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {PERIOD_STATE_LABELS[state]}
    </Tag>
  );
}
