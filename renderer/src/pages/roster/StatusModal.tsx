import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PersonRow } from '@shared/api/contract';
import { PERSON_STATUSES, PERSON_STATUS_LABELS, type PersonStatus } from '@shared/domain/codes';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { codeOptions } from '../../lib/options';
import { toIso } from '../../lib/dates';

interface Values {
  status: PersonStatus;
  date: Dayjs;
  secondedTo?: string;
  note?: string;
}

/** The label of a change of status (going back to 在职 reads “恢复在职”). */
export const statusActionLabel = (s: PersonStatus) => (s === 'active' ? '恢复在职' : PERSON_STATUS_LABELS[s]);

/** 离职 / 退休 / 借调 / 恢复在职, dated. */
export function StatusModal({
  person,
  status,
  onDone,
  onCancel,
}: {
  person: PersonRow;
  status: PersonStatus;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('status', form) ?? status;
  const { run, busy, error } = useAction(true);
  const submit = async (v: Values) => {
    const input = {
      personId: person.id,
      status: v.status,
      date: toIso(v.date),
      secondedTo: v.status === 'seconded' ? (v.secondedTo?.trim() ?? null) : null,
      note: v.note?.trim() || null,
    };
    const done = await run('people:setStatus', input, { form, success: `${person.name}：${statusActionLabel(v.status)}` });
    if (done) onDone();
  };
  return (
    <FormModal
      name="status"
      title={`变更状态：${person.name}`}
      form={form}
      initialValues={{ status, date: dayjs() }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item label="新状态" name="status" rules={[{ required: true }]}>
        <Select options={codeOptions(PERSON_STATUSES, statusActionLabel)} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker allowClear={false} style={{ width: 160 }} />
      </Form.Item>
      {chosen === 'seconded' && (
        <Form.Item label="借调单位" name="secondedTo" rules={[{ required: true, whitespace: true, message: '请填写借调单位' }]}>
          <Input maxLength={60} placeholder="如：市委巡察办" autoFocus />
        </Form.Item>
      )}
      <Form.Item label="备注" name="note">
        <Input maxLength={200} placeholder="如：辞职、文号" />
      </Form.Item>
    </FormModal>
  );
}
