import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { useAction } from '../../hooks/useAction';
import { AccountabilityPanel } from './accountability/AccountabilityPanel';
import { FeedbackDrawer } from './FeedbackDrawer';
import { GradingToolbar } from './GradingToolbar';
import { MovedAlert } from './MovedAlert';
import { OpenDecisions, PublishRefusal } from './OpenItems';
import { OutcomesSection } from './OutcomesSection';
import { OverrideModal } from './OverrideModal';
import { QuotaLines, TieCards } from './QuotaPanel';
import { StaleAlert } from './StaleAlert';
import type { Outcome } from './steps';
import { useGradingView } from './useGradingView';

interface Props {
  period: PeriodSummary;
  units: UnitRow[];
  picker: ReactNode;
  /** The period moved on (公示): the period list must reload. */
  onStateChanged: () => void;
}

/** One period's grading: quota and ties, accountability results, what is open, and everyone's result. */
export function GradingBoard({ period, units, picker, onStateChanged }: Props) {
  const g = useGradingView(period.id);
  const runner = useAction();
  const publisher = useAction(true);
  const [overriding, setOverriding] = useState<Outcome | null>(null);
  const [feedback, setFeedback] = useState(false);
  const unitLabels = useMemo(() => new Map(units.map((u) => [u.id, u.label])), [units]);
  const view = g.view;
  const editable = view?.state === 'grading';

  const runGrading = async () => {
    const next = await runner.run('grading:run', { periodId: period.id }, { success: '评定完成' });
    if (next) g.apply(next, true);
  };
  const publish = async () => {
    const done = await publisher.run('periods:advance', { id: period.id }, { success: `${period.label}已进入“公示”` });
    if (done) onStateChanged();
    // Refused or not, the service graded the period again before deciding.
    void g.reload();
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, height: '100%', minHeight: 500 }}>
      <GradingToolbar
        period={period}
        view={view}
        picker={picker}
        running={runner.busy}
        publishing={publisher.busy}
        onRun={() => void runGrading()}
        onPublish={() => void publish()}
        onFeedback={() => setFeedback(true)}
      />
      {publisher.error && <PublishRefusal message={publisher.error} onClose={publisher.clearError} />}
      {g.error && <Alert type="error" showIcon title={g.error} />}
      {g.moved && <MovedAlert moved={g.moved} onClose={g.dismissMoved} />}
      {!view ? (
        !g.error && <Spin style={{ marginTop: 80 }} />
      ) : !view.ranAt ? (
        <Empty style={{ marginTop: 60 }} description={editable ? '本期还没有评定。' : '本期没有评定结果。'}>
          {editable && (
            <Button type="primary" icon={<PlayCircleOutlined />} loading={runner.busy} onClick={() => void runGrading()}>
              运行评定
            </Button>
          )}
        </Empty>
      ) : (
        <>
          <QuotaLines pools={view.pools} />
          <StaleAlert view={view} onRegraded={(v) => g.apply(v, true)} />
          <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 10 }}>
            <OutcomesSection
              outcomes={view.outcomes}
              units={units}
              unitLabels={unitLabels}
              loading={runner.busy}
              onOverride={editable ? setOverriding : null}
              keysEnabled={!overriding && !feedback}
            />
            {(view.pools.some((p) => p.tie) || view.accountability.length > 0 || view.openDecisions.length > 0) && (
              <div className="grading-side" data-testid="grading-side">
                <TieCards
                  periodId={period.id}
                  pools={view.pools}
                  outcomes={view.outcomes}
                  unitLabels={unitLabels}
                  editable={editable}
                  onResolved={(v) => g.apply(v, true)}
                />
                <AccountabilityPanel view={view} editable={editable} onConfirmed={(v) => g.apply(v, false)} />
                <OpenDecisions items={view.openDecisions} />
              </div>
            )}
          </div>
        </>
      )}
      {overriding && (
        <OverrideModal
          periodId={period.id}
          outcome={overriding}
          onCancel={() => setOverriding(null)}
          onDone={(v) => {
            setOverriding(null);
            g.apply(v, true);
          }}
        />
      )}
      {feedback && <FeedbackDrawer period={period} units={units} onClose={() => setFeedback(false)} />}
    </div>
  );
}
