import { Form, Input, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { FormModal } from '../../../components/FormModal';
import { useAction } from '../../../hooks/useAction';
import { useQuery } from '../../../hooks/useQuery';
import { reviewKeys } from '@shared/domain/review-keys';

interface Values {
  key: string;
  comment?: string;
}

/** 科室负责人审核意见 on one person's records of a month or a week; an empty opinion removes it. */
export function RecordReviewModal({
  period,
  personId,
  name,
  onDone,
}: {
  period: PeriodSummary;
  personId: string;
  name: string;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const keys = useMemo(() => reviewKeys(period), [period]);
  const { data: written } = useQuery('records:reviews', { periodId: period.id, personId });
  const key = Form.useWatch('key', form);
  // Choosing a month or week shows the opinion already written for it, ready to edit.
  useEffect(() => {
    form.setFieldValue('comment', written?.find((r) => r.key === key)?.comment ?? '');
  }, [form, key, written]);

  const submit = async (v: Values) => {
    const label = keys.find((k) => k.key === v.key)?.label;
    const comment = v.comment?.trim() ?? '';
    const input = { periodId: period.id, personId, key: v.key, comment };
    if (
      await run('records:review', input, { form, success: comment ? `已保存${name}${label}的审核意见` : `已清除${name}${label}的审核意见` })
    )
      onDone();
  };

  return (
    <FormModal
      name="record-review"
      title={`科室负责人审核意见：${name}`}
      form={form}
      initialValues={{ key: keys[0].key }}
      onSubmit={submit}
      onCancel={onDone}
      busy={busy}
      error={error}
      okText="保存"
    >
      <Form.Item label="审核的纪实" name="key" extra="按月或按周填写，与纸质工作纪实表一致。">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={keys.map((k) => ({ value: k.key, label: k.label }))}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label="审核意见" name="comment" extra="留空保存即清除该月（周）的审核意见。">
        <Input.TextArea rows={4} maxLength={500} showCount autoFocus placeholder="如：工作纪实真实完整，同意。" />
      </Form.Item>
      {written && written.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          已填写：{written.map((r) => `${keys.find((k) => k.key === r.key)?.label ?? r.key}（${r.by}）`).join('、')}
        </Typography.Paragraph>
      )}
    </FormModal>
  );
}
