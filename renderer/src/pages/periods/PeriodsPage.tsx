import { Alert, Button, Empty } from 'antd';
import { useState } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useNavigation } from '../../state/navigation';
import { OpenPeriodModal } from './OpenPeriodModal';
import { PeriodDetail } from './PeriodDetail';
import { PeriodList } from './PeriodList';

const NO_PERIODS: PeriodSummary[] = [];
const newestFirst = (a: PeriodSummary, b: PeriodSummary) => b.start.localeCompare(a.start);

/** 考核周期: the periods on the left, the chosen one's steps and inputs on the right. Alt+N opens a new one. */
export function PeriodsPage() {
  const list = useQuery('periods:list', {});
  const units = useQuery('units:list', {});
  const { intent } = useNavigation();
  const [chosen, setChosen] = useState<string | null>(intent.periodId ?? null);
  const [opening, setOpening] = useState(intent.newPeriod === true);
  const periods = (list.data ?? NO_PERIODS).slice().sort(newestFirst);
  const selected = chosen ?? periods[0]?.id ?? null;

  useShortcut(
    (e) => (e.ctrlKey || e.altKey) && !e.shiftKey && e.code === 'KeyN',
    () => setOpening(true),
    !opening,
  );

  const error = list.error ?? units.error;
  return (
    <div style={{ display: 'flex', gap: 8, height: '100%', minHeight: 520 }}>
      <PeriodList periods={periods} selected={selected} onSelect={setChosen} onNew={() => setOpening(true)} />
      <div style={{ flex: 1, minWidth: 0 }}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
        {selected && units.data ? (
          <PeriodDetail
            key={selected}
            periodId={selected}
            units={units.data}
            onStateChanged={list.reload}
            open={intent.periodId === selected ? intent : undefined}
          />
        ) : (
          list.data && (
            <Empty description="还没有考核周期" style={{ marginTop: 80 }}>
              <Button type="primary" onClick={() => setOpening(true)}>
                新建考核周期
              </Button>
            </Empty>
          )
        )}
      </div>
      {opening && (
        <OpenPeriodModal
          onCancel={() => setOpening(false)}
          onDone={(p) => {
            setOpening(false);
            setChosen(p.id);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
