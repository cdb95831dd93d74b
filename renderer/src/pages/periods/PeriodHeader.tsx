import { App, Button, Collapse, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodDetail } from '@shared/api/appraisal-schemas';
import type { StepGap } from '@shared/domain/completeness';
import { INPUTS_OPEN, PERIOD_STATES, PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { call } from '../../api';
import { useAction } from '../../hooks/useAction';
import { dotted, localTime } from '../../lib/dates';
import { nextState } from './period-state';
import { PeriodStateTag } from './PeriodStateTag';
import { StateBackModal } from './StateBackModal';
import { AdvanceModal } from './AdvanceModal';

interface Props {
  detail: PeriodDetail;
  onChanged: () => void;
}

/** Label, dates, the five steps with 下一步 / 退回 / 重新打开, and the history of state changes. */
export function PeriodHeader({ detail, onChanged }: Props) {
  const { period, history } = detail;
  const [back, setBack] = useState(false);
  const [asking, setAsking] = useState<{ to: PeriodState; gaps: StepGap[] } | null>(null);
  const { run, busy } = useAction();
  const { message } = App.useApp();
  const [checking, setChecking] = useState(false);
  const next = nextState(period.state);

  /**
   * 下一步: first what is missing for that step (with names). Nothing missing and nothing closed
   * by the step: straight on; otherwise the dialog lists it and asks for a reason to go on.
   */
  const advance = async (to: PeriodState) => {
    setChecking(true);
    // What the service finds missing now (the header's copy predates what was typed in the tabs since).
    const todo = await call('todo:get', { periodId: period.id });
    setChecking(false);
    if (!todo.ok) return void message.error(todo.message);
    const gaps = todo.data.next?.to === to ? todo.data.next.gaps : [];
    if (gaps.length || !INPUTS_OPEN.includes(to)) return setAsking({ to, gaps });
    if (
      await run('periods:setState', { id: period.id, to, reason: null }, { success: `${period.label}已进入“${PERIOD_STATE_LABELS[to]}”` })
    )
      onChanged();
  };

  return (
    <div style={{ background: '#fff', padding: '8px 12px 0', marginBottom: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {period.label}
        </Typography.Title>
        <PeriodStateTag state={period.state} />
        <Typography.Text type="secondary">
          {dotted(period.start)}—{dotted(period.end)} · {period.participantCount} 人参加
        </Typography.Text>
        <span style={{ flex: 1 }} />
        {period.state !== 'recording' && (
          <Button onClick={() => setBack(true)}>{period.state === 'archived' ? '重新打开…' : '退回…'}</Button>
        )}
        {next && (
          <Button type="primary" loading={busy || checking} onClick={() => void advance(next)}>
            下一步（→{PERIOD_STATE_LABELS[next]}）
          </Button>
        )}
      </div>
      <Steps
        size="small"
        current={PERIOD_STATES.indexOf(period.state)}
        status={period.state === 'archived' ? 'finish' : 'process'}
        items={PERIOD_STATES.map((s) => ({ title: PERIOD_STATE_LABELS[s] }))}
        style={{ margin: '10px 0 2px', maxWidth: 760 }}
      />
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'history',
            label: `状态变更记录（${history.length}）`,
            children: (
              <ol data-testid="period-history" style={{ margin: 0, paddingInlineStart: 20 }}>
                {history
                  .slice()
                  .reverse()
                  .map((h) => (
                    <li key={h.at}>
                      <Typography.Text type="secondary">{localTime(h.at)}</Typography.Text> {h.by}：
                      {h.from ? `${PERIOD_STATE_LABELS[h.from]} → ${PERIOD_STATE_LABELS[h.to]}` : `建立（${PERIOD_STATE_LABELS[h.to]}）`}
                      {h.reason && <Typography.Text type="secondary">，理由：{h.reason}</Typography.Text>}
                    </li>
                  ))}
              </ol>
            ),
          },
        ]}
      />
      {asking && (
        <AdvanceModal
          detail={detail}
          to={asking.to}
          gaps={asking.gaps}
          onCancel={() => setAsking(null)}
          onDone={() => {
            setAsking(null);
            onChanged();
          }}
        />
      )}
      {back && (
        <StateBackModal
          period={period}
          onCancel={() => setBack(false)}
          onDone={() => {
            setBack(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
