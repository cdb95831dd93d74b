import { Form, Input } from 'antd';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { incidentTitle } from './incident-display';

/** Deleting a 表现记录 needs a reason (it goes to the 操作日志 with the deleted record). */
export function DeleteIncidentModal({ incident, onDone, onCancel }: { incident: IncidentRow; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { run, busy, error } = useAction(true);
  const submit = async (v: { reason: string }) => {
    if (await run('incidents:delete', { id: incident.id, reason: v.reason }, { form, success: '已删除' })) onDone();
  };
  return (
    <FormModal
      name="delete-incident"
      title={`删除表现记录：${incidentTitle(incident)}`}
      form={form}
      okText="删除"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item
        label="删除理由"
        name="reason"
        rules={[{ required: true, whitespace: true, message: '请填写删除理由' }]}
        extra="删除的记录和理由会记入操作日志。"
      >
        <Input maxLength={200} placeholder="如：重复登记" autoFocus />
      </Form.Item>
    </FormModal>
  );
}
