import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Card, Input, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountabilityView } from '@shared/api/appraisal-schemas';
import { dotted, localTime } from '../../../lib/dates';
import { MaskedReason } from '../../incidents/MaskedReason';
import { readingLabel, verdict } from './rule';

interface Props {
  result: AccountabilityView;
  /** Whether it still holds up 公示 (not confirmed as it stands). */
  open: boolean;
  editable: boolean;
  busy: boolean;
  onConfirm: (note: string | null) => void;
}

/**
 * One accountability result with its evidence: the reading and the scope, each period's grade
 * counts, the events (事由 masked, 查看 logs), and its own confirmation with the clerk's note.
 * A result for someone appraised by the superior organisation is a recommendation: shown, never
 * holding up 公示.
 */
export function ResultCard({ result: r, open, editable, busy, onConfirm }: Props) {
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const confirmed = r.confirmation;
  const status = confirmed ? (
    <Typography.Text type="success" title={confirmed.note ?? undefined}>
      <CheckCircleFilled /> 已确认
    </Typography.Text>
  ) : r.superior ? (
    <Tag color="orange">报上级党组织</Tag>
  ) : (
    <Tag color="red">待确认</Tag>
  );
  return (
    <Card
      size="small"
      title={`${r.name}（${r.role}）→ ${verdict(r)}`}
      extra={status}
      style={{ width: 460, border: open ? '2px solid #f5222d' : '1px solid #ffa39e', background: open ? '#fff1f0' : undefined }}
      styles={{ body: { padding: '6px 12px' } }}
      data-testid="accountability-card"
    >
      <div>
        口径：{readingLabel(r)}；范围：{r.scope}
      </div>
      {r.perPeriod.map((c) => (
        <div key={c.label} className="muted">
          {c.label}：{c.people} 人，“好”{c.good}，“较好”{c.fair}，“一般”“较差”0{c.ungraded ? `，未评等次${c.ungraded}` : ''}
        </div>
      ))}
      <div>但有以下未予容错的问题：</div>
      <ul style={{ margin: '2px 0 4px', paddingInlineStart: 18 }}>
        {r.incidents.map((i) => (
          <li key={i.id}>
            {dotted(i.date)} {i.kind} {i.name ?? '（单位）'}：<MaskedReason row={i} />
          </li>
        ))}
      </ul>
      {r.superseded && (
        <Typography.Text type="warning">此前确认过的结果，重新评定后人员、范围、周期或事项有变化，须重新确认。</Typography.Text>
      )}
      {confirmed && (
        <div className="muted">
          {confirmed.by} 于 {localTime(confirmed.at)} 确认{confirmed.note ? `：${confirmed.note}` : ''}
        </div>
      )}
      {editable && !confirmed && (
        <Popover
          open={asking}
          onOpenChange={setAsking}
          trigger="click"
          title={`确认：${r.name}${verdict(r)}`}
          content={
            <Space direction="vertical" style={{ width: 320 }}>
              <Input.TextArea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={500}
                autoSize={{ minRows: 2, maxRows: 5 }}
                placeholder="说明（可不填），如：经局党组会议研究同意"
                autoFocus
              />
              <Button
                type="primary"
                danger
                loading={busy}
                onClick={() => {
                  setAsking(false);
                  onConfirm(note.trim() || null);
                }}
              >
                确认这一结果
              </Button>
            </Space>
          }
        >
          <Button size="small" danger={!r.superior} data-testid="confirm-one">
            确认…
          </Button>
        </Popover>
      )}
    </Card>
  );
}
