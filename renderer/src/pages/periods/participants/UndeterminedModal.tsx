import { Form, Input, Radio } from 'antd';
import type { ParticipantRow } from '@shared/api/appraisal-schemas';
import { UNDETERMINED_REASONS, type UndeterminedReason } from '@shared/domain/grade';
import { FormModal } from '../../../components/FormModal';
import { useAction } from '../../../hooks/useAction';

const GRADED = 'graded';

interface Values {
  reason: UndeterminedReason | typeof GRADED;
  note?: string;
}

/** 不确定等次 of one participant, with why; or back to being graded. */
export function UndeterminedModal({
  periodId,
  person,
  onDone,
  onCancel,
}: {
  periodId: string;
  person: ParticipantRow;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const reason = Form.useWatch('reason', form);

  const submit = async (v: Values) => {
    const input = {
      periodId,
      personId: person.personId,
      reason: v.reason === GRADED ? null : v.reason,
      note: v.reason === GRADED ? null : v.note?.trim() || null,
    };
    const success = v.reason === GRADED ? `${person.name}参加本期等次评定` : `${person.name}本期定为不确定等次（${v.reason}）`;
    if (await run('periods:setUndetermined', input, { form, success })) onDone();
  };

  return (
    <FormModal
      name="undetermined"
      title={`不确定等次：${person.name}`}
      form={form}
      initialValues={{ reason: person.undetermined?.reason ?? GRADED, note: person.undetermined?.note ?? '' }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item name="reason" label="本期等次">
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={[
            { value: GRADED, label: '参加等次评定' },
            ...UNDETERMINED_REASONS.map((r) => ({ value: r, label: `不确定等次：${r}` })),
          ]}
        />
      </Form.Item>
      {reason !== GRADED && (
        <Form.Item
          label="说明"
          name="note"
          rules={[{ required: reason === '其他', whitespace: true, message: '选择“其他”时请写明原因' }]}
          extra="如借调单位、立案文号、病假起止日期。"
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
    </FormModal>
  );
}
