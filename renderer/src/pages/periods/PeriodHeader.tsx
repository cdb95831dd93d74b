import { Button, Collapse, Popconfirm, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodDetail } from '@shared/api/appraisal-schemas';
import { INPUTS_OPEN, PERIOD_STATES, PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { useAction } from '../../hooks/useAction';
import { dotted, localTime } from '../../lib/dates';
import { nextState } from './period-state';
import { PeriodStateTag } from './PeriodStateTag';
import { StateBackModal } from './StateBackModal';

interface Props {
  detail: PeriodDetail;
  onChanged: () => void;
}

/** Label, dates, the five steps with 下一步 / 退回 / 重新打开, and the history of state changes. */
export function PeriodHeader({ detail, onChanged }: Props) {
  const { period, history } = detail;
  const [back, setBack] = useState(false);
  const { run, busy } = useAction();
  const next = nextState(period.state);

  const advance = async (to: PeriodState) => {
    if (
      await run('periods:setState', { id: period.id, to, reason: null }, { success: `${period.label}已进入“${PERIOD_STATE_LABELS[to]}”` })
    )
      onChanged();
  };
  /** Moving into 公示 or 已归档 closes the inputs: ask first. */
  const locks = next !== null && !INPUTS_OPEN.includes(next);

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
          <Popconfirm
            disabled={!locks}
            title={`进入“${PERIOD_STATE_LABELS[next]}”？`}
            description={
              next === 'archived' ? '归档后只能查看；重新打开须写明理由。' : '进入公示后不能再修改纪实、小结和评鉴；退回须写明理由。'
            }
            okText="确定"
            cancelText="取消"
            onConfirm={() => advance(next)}
          >
            <Button type="primary" loading={busy} onClick={locks ? undefined : () => void advance(next)}>
              下一步（→{PERIOD_STATE_LABELS[next]}）
            </Button>
          </Popconfirm>
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
