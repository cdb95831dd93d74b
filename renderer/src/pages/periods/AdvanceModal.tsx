import { Alert, Form, Input, Typography } from 'antd';
import type { PeriodDetail } from '@shared/api/appraisal-schemas';
import type { StepGap } from '@shared/domain/completeness';
import { INPUTS_OPEN, PERIOD_STATE_LABELS, type PeriodState } from '@shared/domain/period';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';

interface Props {
  detail: PeriodDetail;
  to: PeriodState;
  gaps: StepGap[];
  onDone: () => void;
  onCancel: () => void;
}

const SHOWN = 12;
/** Gaps the service itself refuses to pass (公示): they must be settled, not explained. */
const BLOCKING: StepGap['key'][] = ['ties', 'accountability'];

/**
 * 下一步 when something is missing (or the step closes the material): the list of what is missing,
 * with names, and the reason to go on anyway — kept in the period's history and the 操作日志.
 */
export function AdvanceModal({ detail, to, gaps, onDone, onCancel }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { run, busy, error } = useAction(true);
  const period = detail.period;
  const label = PERIOD_STATE_LABELS[to];
  const blocked = gaps.some((g) => BLOCKING.includes(g.key));
  const submit = async (v: { reason?: string }) => {
    if (blocked) return onCancel();
    const input = { id: period.id, to, reason: gaps.length ? (v.reason ?? null) : null };
    if (await run('periods:setState', input, { form, success: `${period.label}已进入“${label}”` })) onDone();
  };
  return (
    <FormModal
      name="advance"
      title={`${period.label}进入“${label}”？`}
      width={600}
      form={form}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
      okText={blocked ? '知道了' : gaps.length ? `仍然进入“${label}”` : `进入“${label}”`}
    >
      {!INPUTS_OPEN.includes(to) && (
        <Typography.Paragraph>
          {to === 'archived' ? '归档后只能查看；重新打开须写明理由。' : '进入公示后不能再修改纪实、小结和评鉴；退回须写明理由。'}
        </Typography.Paragraph>
      )}
      {gaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={blocked ? '还不能公示，请先在“等次评定”中处理：' : '以下材料还不齐：'}
          data-testid="step-gaps"
          style={{ marginBottom: 12 }}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {gaps.map((g) => (
                <li key={g.key}>
                  {g.text}
                  {g.names.length > 0 && (
                    <Typography.Text type="secondary">
                      ：{g.names.slice(0, SHOWN).join('、')}
                      {g.names.length > SHOWN ? ` 等 ${g.names.length} 人` : ''}
                    </Typography.Text>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {gaps.length > 0 && !blocked && (
        <Form.Item
          label="仍要继续的理由"
          name="reason"
          extra="理由记入状态变更记录和操作日志。"
          rules={[
            { required: true, whitespace: true, message: '请写明为什么现在就进入下一步' },
            { min: 4, message: '理由至少4个字' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} autoFocus placeholder="如：纸质纪实已收齐，待补录" />
        </Form.Item>
      )}
    </FormModal>
  );
}
