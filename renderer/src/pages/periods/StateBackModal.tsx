import { Form, Input, Select } from 'antd';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { earlierStates } from './period-state';

interface Values {
  to: PeriodState;
  reason: string;
}

/** 退回 to an earlier step, or 重新打开 an archived period: a written reason is required and logged. */
export function StateBackModal({ period, onDone, onCancel }: { period: PeriodSummary; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const targets = earlierStates(period.state);
  const verb = period.state === 'archived' ? '重新打开' : '退回';

  const submit = async (v: Values) => {
    const done = await run(
      'periods:setState',
      { id: period.id, to: v.to, reason: v.reason },
      { form, success: `${period.label}已${verb}到“${PERIOD_STATE_LABELS[v.to]}”` },
    );
    if (done) onDone();
  };

  return (
    <FormModal
      name="state-back"
      title={`${verb}${period.label}`}
      form={form}
      initialValues={{ to: targets[targets.length - 1] }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
      okText={verb}
    >
      <Form.Item label={`${verb}到`} name="to">
        <Select style={{ width: 160 }} options={targets.map((s) => ({ value: s, label: PERIOD_STATE_LABELS[s] })).reverse()} />
      </Form.Item>
      <Form.Item
        label="理由"
        name="reason"
        extra="理由记入状态变更记录和操作日志。"
        rules={[
          { required: true, whitespace: true, message: '请写明理由' },
          { min: 4, message: '理由至少4个字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus placeholder="如：某科室评鉴意见填错，需更正" />
      </Form.Item>
    </FormModal>
  );
}
