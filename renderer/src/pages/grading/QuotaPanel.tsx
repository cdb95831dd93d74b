import { Button, Card, Checkbox, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { GradingView } from '@shared/api/appraisal-schemas';
import { useAction } from '../../hooks/useAction';
import type { Outcome } from './steps';

type Pool = GradingView['pools'][number];

interface Props {
  periodId: string;
  pools: Pool[];
  outcomes: Outcome[];
  unitLabels: Map<string, string>;
  editable: boolean;
  onResolved: (view: GradingView) => void;
}

/** Each pool's “好 名额 N，已用 M（参评 K 人）”. */
export function QuotaLines({ pools }: { pools: Pool[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px' }}>
      {pools.map((p) => (
        <Tooltip key={p.key} title="名额按本名额池参评人数（不含不确定等次和未评）和设置的比例计算；超出名额的按分数从低到高改为“较好”。">
          <Typography.Text strong type={p.used > p.seats ? 'danger' : undefined} data-testid="quota">
            {pools.length > 1 || p.key !== 'bureau' ? `${p.label}：` : ''}好 名额 {p.seats}，已用 {p.used}（参评 {p.graded} 人）
          </Typography.Text>
        </Tooltip>
      ))}
    </div>
  );
}

/** A card for each tie at the cut. */
export function TieCards({ periodId, pools, outcomes, unitLabels, editable, onResolved }: Props) {
  return (
    <>
      {pools.map(
        (p) =>
          p.tie && (
            <TieCard
              key={p.key}
              periodId={periodId}
              pool={p}
              tie={p.tie}
              people={p.tie.personIds.map((id) => outcomes.find((o) => o.personId === id)!)}
              unitLabels={unitLabels}
              editable={editable}
              onResolved={onResolved}
            />
          ),
      )}
    </>
  );
}

interface TieProps {
  periodId: string;
  pool: Pool;
  tie: NonNullable<Pool['tie']>;
  people: Outcome[];
  unitLabels: Map<string, string>;
  editable: boolean;
  onResolved: (view: GradingView) => void;
}

/** Equal scores straddle the cut: the clerk ticks exactly as many as there are seats left. */
function TieCard({ periodId, pool, tie, people, unitLabels, editable, onResolved }: TieProps) {
  const [keep, setKeep] = useState<string[]>([]);
  const { run, busy } = useAction();
  const submit = async () => {
    const view = await run('grading:resolveTie', { periodId, poolKey: pool.key, keep }, { success: '已决定，并已重新评定' });
    if (view) onResolved(view);
  };
  return (
    <Card size="small" data-testid="tie" title={`${pool.label}：同分待决定`} style={{ borderColor: '#faad14', background: '#fffbe6' }}>
      <Typography.Paragraph style={{ marginBottom: 6 }}>
        剩余 {tie.seatsLeft} 个名额，以下同分人员请选择保留“好”的人（选 {tie.seatsLeft} 人，未选的评为“较好”）：
      </Typography.Paragraph>
      <Checkbox.Group
        value={keep}
        onChange={setKeep}
        options={people.map((o) => ({
          value: o.personId,
          label: `${o.name}（${unitLabels.get(o.unitId) ?? ''}，${o.score ?? '无'}分）`,
          disabled: !editable || (!keep.includes(o.personId) && keep.length >= tie.seatsLeft),
        }))}
      />
      {editable && (
        <Button
          type="primary"
          disabled={keep.length !== tie.seatsLeft}
          loading={busy}
          onClick={() => void submit()}
          style={{ marginInlineStart: 12 }}
        >
          确定
        </Button>
      )}
    </Card>
  );
}
