import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { toIso } from '../../lib/dates';
import { incidentTitle } from './incident-display';

/** 结案 of a 立案审查: its open-ended 影响期 ends that day. */
export function CloseCaseModal({ incident, onDone, onCancel }: { incident: IncidentRow; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ closedOn: Dayjs }>();
  const { run, busy, error } = useAction(true);
  const submit = async (v: { closedOn: Dayjs }) => {
    if (await run('incidents:closeCase', { id: incident.id, closedOn: toIso(v.closedOn) }, { form, success: '已登记结案' })) onDone();
  };
  return (
    <FormModal
      name="close-case"
      title={`结案：${incidentTitle(incident)}`}
      form={form}
      initialValues={{ closedOn: dayjs() }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item
        label="结案日期"
        name="closedOn"
        rules={[{ required: true, message: '请选择结案日期' }]}
        extra="立案审查的影响期到结案之日为止。"
      >
        <DatePicker allowClear={false} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
