import { Button, Form, Input, Select, Typography } from 'antd';
import type { GradingView } from '@shared/api/appraisal-schemas';
import type { GradeOrUndetermined } from '@shared/grading/types';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { GradeTag } from './GradeTag';
import { GRADE_KEYS, GRADE_NAMES } from './grade-style';
import { computedGrade, overrideOf, type Outcome } from './steps';

interface Values {
  grade: GradeOrUndetermined;
  reason: string;
}

interface Props {
  periodId: string;
  outcome: Outcome;
  onDone: (view: GradingView) => void;
  onCancel: () => void;
}

/** 调整 one person's grade, or 取消调整: a written reason either way (logged with before and after). */
export function OverrideModal({ periodId, outcome, onDone, onCancel }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const override = overrideOf(outcome);

  const save = async (grade: GradeOrUndetermined | null, reason: string) => {
    const view = await run(
      'grading:override',
      { periodId, personId: outcome.personId, grade, reason },
      { form, success: grade === null ? '已取消调整' : '已调整' },
    );
    if (view) onDone(view);
  };
  const cancelOverride = async () => {
    const { reason } = await form.validateFields(['reason']).catch(() => ({ reason: null }));
    if (reason) await save(null, reason);
  };

  return (
    <FormModal
      name="override"
      title={`调整等次：${outcome.name}`}
      form={form}
      initialValues={{ grade: outcome.grade ?? undefined }}
      onSubmit={(v) => void save(v.grade, v.reason)}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Typography.Paragraph>
        评定结果：
        <GradeTag grade={computedGrade(outcome)} />
        {override && (
          <>
            ，现已人工调整为 <GradeTag grade={override.to} />
            <Button size="small" danger style={{ marginInlineStart: 8 }} loading={busy} onClick={() => void cancelOverride()}>
              取消调整
            </Button>
          </>
        )}
      </Typography.Paragraph>
      <Form.Item label="调整为" name="grade" rules={[{ required: true, message: '请选择等次' }]}>
        <Select style={{ width: 160 }} options={GRADE_KEYS.map((g) => ({ value: g, label: GRADE_NAMES[g] }))} />
      </Form.Item>
      <Form.Item
        label="理由"
        name="reason"
        extra="理由记入评定依据和操作日志；取消调整也须写明理由。"
        rules={[
          { required: true, whitespace: true, message: '请写明理由' },
          { min: 4, message: '理由至少4个字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount autoFocus placeholder="如：经局党组会议研究，调整为“好”" />
      </Form.Item>
    </FormModal>
  );
}
