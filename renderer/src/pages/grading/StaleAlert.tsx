import { Alert, Button } from 'antd';
import type { GradingView } from '@shared/api/appraisal-schemas';
import { useAction } from '../../hooks/useAction';

/**
 * Stale inputs (issue 16 §3): an earlier period this one was graded on has changed since. Names
 * each and offers to re-grade in order (the earlier ones still in 评定 first, then this one).
 */
export function StaleAlert({ view, onRegraded }: { view: GradingView; onRegraded: (v: GradingView) => void }) {
  const { run, busy } = useAction();
  if (view.stale.warnings.length === 0) return null;
  const canRun = view.state === 'grading' && view.stale.order.includes(view.periodId);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="stale"
      title="本期评定所依据的前期等次已有变化"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {view.stale.warnings.map((w) => (
            <li key={w.periodId}>{w.message}</li>
          ))}
        </ul>
      }
      action={
        canRun && (
          <Button
            loading={busy}
            onClick={() =>
              void run('grading:regradeInOrder', { periodId: view.periodId }, { success: '已按顺序重新评定' }).then(
                (v) => v && onRegraded(v),
              )
            }
          >
            按顺序重新评定
          </Button>
        )
      }
    />
  );
}
