import { Button, Input, Popover, Radio, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewRow } from '@shared/api/appraisal-schemas';
import { GRADES, GRADE_LABELS, type Grade } from '@shared/domain/grade';
import type { CheckInput } from './useReviewGrid';

/**
 * 分管领导审核 of one 评鉴 (second review step): what the 分管领导 decided — 同意, or the grade
 * adjusted with the 审核意见 — next to the 科室负责人's 评鉴, and a small form to record it.
 */
export function CheckCell({ row, editable, onCheck }: { row: ReviewRow; editable: boolean; onCheck: (input: CheckInput) => void }) {
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<'agree' | 'adjust'>(row.check?.decision ?? 'agree');
  const [grade, setGrade] = useState<Grade | null>(row.check?.grade ?? null);
  const [opinion, setOpinion] = useState(row.check?.opinion ?? '');
  if (!row.checkerName) return <Typography.Text type="secondary">—</Typography.Text>;
  const c = row.check;
  const shown = c ? (
    <Tooltip title={`${row.checkerName}：${c.opinion ?? '同意'}`}>
      <Tag color={c.decision === 'agree' ? 'green' : 'orange'}>{c.decision === 'agree' ? '同意' : `调整为${GRADE_LABELS[c.grade!]}`}</Tag>
    </Tooltip>
  ) : (
    <Typography.Text type="warning">待{row.checkerName}审核</Typography.Text>
  );
  const reviewed = row.score !== null || row.proposed !== null;
  // Opening starts from the 审核 as the service has it now.
  const toggle = (o: boolean) => {
    if (o) {
      setDecision(c?.decision ?? 'agree');
      setGrade(c?.grade ?? null);
      setOpinion(c?.opinion ?? '');
    }
    setOpen(o);
  };
  const submit = (input: CheckInput) => {
    setOpen(false);
    onCheck(input);
  };
  const form = (
    <Space direction="vertical" style={{ width: 300 }}>
      <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value)}>
        <Radio value="agree">同意</Radio>
        <Radio value="adjust">调整等次</Radio>
      </Radio.Group>
      {decision === 'adjust' && (
        <Select
          aria-label="调整后的等次"
          value={grade ?? undefined}
          onChange={setGrade}
          options={GRADES.filter((g) => g !== row.proposed).map((g) => ({ value: g, label: GRADE_LABELS[g] }))}
          placeholder="调整后的等次"
        />
      )}
      <Input.TextArea
        aria-label="审核意见"
        value={opinion}
        onChange={(e) => setOpinion(e.target.value)}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={decision === 'adjust' ? '审核意见（调整等次须填写）' : '审核意见（可不填）'}
      />
      <Space>
        <Button
          type="primary"
          size="small"
          disabled={decision === 'adjust' && (!grade || !opinion.trim())}
          onClick={() => submit({ decision, grade: decision === 'adjust' ? grade : null, opinion: opinion.trim() || null })}
        >
          保存审核
        </Button>
        {c && (
          <Button size="small" onClick={() => submit({ decision: null, grade: null, opinion: null })}>
            撤销审核
          </Button>
        )}
      </Space>
    </Space>
  );
  return (
    <Space size={4}>
      {shown}
      {editable && reviewed && (
        <Popover open={open} onOpenChange={toggle} trigger="click" title={`${row.checkerName}审核：${row.name}`} content={form}>
          <Button type="link" size="small" data-testid="check-edit">
            {c ? '改' : '审核'}
          </Button>
        </Popover>
      )}
    </Space>
  );
}
