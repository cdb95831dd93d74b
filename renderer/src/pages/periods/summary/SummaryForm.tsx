import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SelfSummary } from '@shared/domain/period-inputs';
import { useAction } from '../../../hooks/useAction';
import { localTime } from '../../../lib/dates';
import { submitOnCtrlEnter } from '../../../lib/submit-keys';

interface Values {
  text: string;
  absentDays: number | null;
  leaveDays: number | null;
  lateTimes: number | null;
}

interface Props {
  periodId: string;
  personId: string;
  saved: SelfSummary | null;
  editable: boolean;
  /** Saved with 保存并到下一位. */
  onNext: () => void;
  onDirty: (dirty: boolean) => void;
}

const ADVISED = { min: 300, max: 800 };

/** One person's 个人小结 and attendance. Ctrl+Enter saves and goes on to the next person. */
export function SummaryForm({ periodId, personId, saved, editable, onNext, onDirty }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const [last, setLast] = useState(saved);
  const a = saved?.attendance;

  const save = async (next: boolean) => {
    const v = form.getFieldsValue();
    const attendance = { absentDays: v.absentDays ?? 0, leaveDays: v.leaveDays ?? 0, lateTimes: v.lateTimes ?? 0 };
    const done = await run('summaries:save', { periodId, personId, text: v.text ?? '', attendance }, { form, success: '已保存个人小结' });
    if (!done) return;
    setLast(done);
    onDirty(false);
    if (next) onNext();
  };
  const amount = (name: keyof Values, label: string, unit: '天' | '次') => (
    <Form.Item label={label} name={name}>
      <InputNumber
        min={0}
        max={unit === '天' ? 366 : 999}
        precision={unit === '次' ? 0 : undefined}
        suffix={unit}
        style={{ width: 110 }}
        placeholder="0"
      />
    </Form.Item>
  );

  return (
    <Form
      form={form}
      name="summary"
      layout="vertical"
      disabled={!editable}
      initialValues={{
        text: saved?.text ?? '',
        absentDays: a?.absentDays ?? null,
        leaveDays: a?.leaveDays ?? null,
        lateTimes: a?.lateTimes ?? null,
      }}
      onValuesChange={() => onDirty(true)}
      onKeyDown={submitOnCtrlEnter(() => void save(true))}
      style={{ maxWidth: 900, background: '#fff', padding: 12 }}
    >
      <Form.Item label="个人小结" name="text" extra={`建议${ADVISED.min}–${ADVISED.max}字，写本期主要工作、完成情况和不足。`}>
        <Input.TextArea
          autoSize={{ minRows: 10, maxRows: 22 }}
          maxLength={3000}
          autoFocus
          showCount={{
            formatter: ({ count }) => (
              <Typography.Text type={count > 0 && (count < ADVISED.min || count > ADVISED.max) ? 'warning' : 'secondary'}>
                {count} 字
              </Typography.Text>
            ),
          }}
        />
      </Form.Item>
      <Space size="large" align="start">
        {amount('absentDays', '旷工', '天')}
        {amount('leaveDays', '病事假', '天')}
        {amount('lateTimes', '迟到早退', '次')}
      </Space>
      <Space style={{ display: 'flex' }}>
        <Button type="primary" loading={busy} onClick={() => void save(false)}>
          保存
        </Button>
        <Button loading={busy} onClick={() => void save(true)} title="Ctrl+Enter">
          保存并到下一位
        </Button>
        {last && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            上次保存：{localTime(last.updatedAt)}
          </Typography.Text>
        )}
      </Space>
    </Form>
  );
}
