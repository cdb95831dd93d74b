import { CheckCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Input, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountabilityView } from '@shared/api/appraisal-schemas';
import { PrintPreview } from '../../../components/print/PrintPreview';
import { dotted, localTime } from '../../../lib/dates';
import { MaskedReason } from '../../incidents/MaskedReason';
import { readingLabel, verdict } from './rule';

interface Props {
  periodId: string;
  result: AccountabilityView;
  /** Whether it still holds up 公示 (not confirmed as it stands). */
  open: boolean;
  editable: boolean;
  busy: boolean;
  onConfirm: (note: string | null) => void;
}

/** Events shown before 依据 is opened: the card stays a few lines high at 1366×768. */
const FIRST_EVENTS = 2;

/**
 * One accountability result with its evidence: the reading and the scope, each period's grade
 * counts, the events (事由 masked, 查看 logs), and its own confirmation with the clerk's note.
 * A result for someone appraised by the superior organisation is a recommendation: shown, never
 * holding up 公示.
 */
export function ResultCard({ periodId, result: r, open, editable, busy, onConfirm }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [printing, setPrinting] = useState(false);
  const confirmed = r.confirmation;
  const events = expanded ? r.incidents : r.incidents.slice(0, FIRST_EVENTS);
  const status = confirmed ? (
    <Typography.Text type="success" title={confirmed.note ?? undefined}>
      <CheckCircleFilled /> 已确认
    </Typography.Text>
  ) : (
    <Space size={4}>
      {r.superior ? <Tag color="orange">报上级党组织</Tag> : <Tag color="red">待确认</Tag>}
      {editable && <ConfirmButton result={r} busy={busy} onConfirm={onConfirm} />}
    </Space>
  );
  return (
    <Card
      size="small"
      title={`${r.name}（${r.role}）→ ${verdict(r)}`}
      extra={status}
      style={{ width: '100%', border: open ? '2px solid #f5222d' : '1px solid #ffa39e', background: open ? '#fff1f0' : undefined }}
      styles={{ body: { padding: '4px 12px 6px' } }}
      data-testid="accountability-card"
    >
      <div>
        口径：{readingLabel(r)}；范围：{r.scope}
        <Button type="link" size="small" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? '收起依据' : '依据'}
        </Button>
        <Button type="link" size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(true)} title="打印这一结果及依据（含事由）">
          {r.superior ? '打印建议' : '打印'}
        </Button>
        {printing && (
          <PrintPreview
            target={{ request: { form: 'accountability', periodId, personId: r.personId }, title: `管理责任规则适用情况：${r.name}` }}
            onClose={() => setPrinting(false)}
          />
        )}
      </div>
      <div className="muted">
        {r.perPeriod.map((c) => `${c.label} ${c.people} 人`).join('、')}，均无“一般”“较差”；未予容错的问题 {r.incidents.length} 起：
      </div>
      {expanded &&
        r.perPeriod.map((c) => (
          <div key={c.label} className="muted">
            {c.label}：“好”{c.good}，“较好”{c.fair}，“一般”“较差”0{c.ungraded ? `，未评等次${c.ungraded}` : ''}
          </div>
        ))}
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {events.map((i) => (
          <li key={i.id}>
            {dotted(i.date)} {i.kind} {i.name ?? '（单位）'}：<MaskedReason row={i} />
          </li>
        ))}
        {!expanded && r.incidents.length > FIRST_EVENTS && <li className="muted">等 {r.incidents.length} 起（点“依据”查看全部）</li>}
      </ul>
      {r.superseded && !confirmed && (
        <Typography.Text type="warning">此前确认过的结果，重新评定后人员、范围、周期或事项有变化，须重新确认。</Typography.Text>
      )}
      {confirmed && (
        <div className="muted">
          {confirmed.by} 于 {localTime(confirmed.at)} 确认{confirmed.note ? `：${confirmed.note}` : ''}
        </div>
      )}
    </Card>
  );
}

/** 确认…: this one result, with an optional note (e.g. 经局党组会议研究同意). */
function ConfirmButton({ result: r, busy, onConfirm }: Pick<Props, 'result' | 'busy' | 'onConfirm'>) {
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  return (
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
  );
}
