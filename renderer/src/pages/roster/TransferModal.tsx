import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PersonRow, UnitRow } from '@shared/api/contract';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useAction } from '../../hooks/useAction';
import { toIso } from '../../lib/dates';

interface Values {
  toUnitId: string;
  date: Dayjs;
  note?: string;
}

/** 调动: a dated move to another unit; the old stay ends the day before. */
export function TransferModal({
  person,
  units,
  onDone,
  onCancel,
}: {
  person: PersonRow;
  units: readonly UnitRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const submit = async (v: Values) => {
    const done = await run(
      'people:transfer',
      { personId: person.id, toUnitId: v.toUnitId, date: toIso(v.date), note: v.note?.trim() || null },
      { form, success: `${person.name} 已调动` },
    );
    if (done) onDone();
  };
  return (
    <FormModal
      name="transfer"
      title={`调动：${person.name}`}
      form={form}
      initialValues={{ date: dayjs() }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item label="现单位">{person.unitLabel}</Form.Item>
      <Form.Item label="调往单位" name="toUnitId" rules={[{ required: true, message: '请选择调往的单位' }]}>
        <UnitTreeSelect units={units} exclude={[person.unitId]} autoFocus />
      </Form.Item>
      <Form.Item label="调动日期" name="date" rules={[{ required: true, message: '请选择调动日期' }]} extra="在原单位的任职到前一天为止。">
        <DatePicker allowClear={false} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input maxLength={200} placeholder="如：工作需要，文号" />
      </Form.Item>
    </FormModal>
  );
}
