import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import { DISTINCTIONS, TOLERANCE_LABELS, type Tolerance } from '@shared/domain/incident';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { fromIso, toIso } from '../../lib/dates';
import { incidentTitle } from './incident-display';

interface Values {
  decision: Tolerance['decision'];
  body: string;
  docNo: string;
  date: Dayjs;
  distinction: Tolerance['distinction'];
  note?: string | null;
}

const DECISIONS = (['exempt', 'mitigated'] as const).map((value) => ({ value, label: TOLERANCE_LABELS[value] }));
const DISTINCTION_OPTIONS = ([1, 2, 3] as const).map((value) => ({ value, label: DISTINCTIONS[value] }));

/**
 * 容错纠错 under the 三个区分开来: who decided, 文号, date and which distinction applies. The
 * service refuses a repeat of the same kind within 12 months; its sentence stays in the dialog.
 */
export function ToleranceModal({ incident, onDone, onCancel }: { incident: IncidentRow; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const t = incident.tolerance;

  const submit = async (v: Values) => {
    const input = {
      id: incident.id,
      decision: v.decision,
      body: v.body,
      docNo: v.docNo,
      date: toIso(v.date),
      distinction: v.distinction,
      note: v.note?.trim() || null,
    };
    if (await run('incidents:tolerance', input, { form, success: `已登记容错认定：${TOLERANCE_LABELS[v.decision]}` })) onDone();
  };

  return (
    <FormModal
      name="tolerance"
      title={`容错认定：${incidentTitle(incident)}`}
      width={600}
      form={form}
      initialValues={t ? { ...t, date: fromIso(t.date) } : { decision: 'exempt', distinction: 1, date: dayjs() }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {incident.handling}
        {incident.docNo && `（${incident.docNo}）`}：{incident.reason}
      </Typography.Paragraph>
      <Form.Item label="认定结果" name="decision" extra="免责：记录在案，不影响考核等次；从轻：对等次的限制减轻一档。">
        <Radio.Group options={DECISIONS} optionType="button" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item
          label="认定机关"
          name="body"
          rules={[{ required: true, whitespace: true, message: '请填写认定机关' }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={60} placeholder="如：局党组" autoFocus />
        </Form.Item>
        <Form.Item
          label="认定文号"
          name="docNo"
          rules={[{ required: true, whitespace: true, message: '请填写认定文号' }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={60} placeholder="如：医保党组〔2025〕5号" />
        </Form.Item>
        <Form.Item label="认定日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker allowClear={false} style={{ width: 130 }} />
        </Form.Item>
      </div>
      <Form.Item label="三个区分开来" name="distinction" rules={[{ required: true, message: '请选择依据' }]}>
        <Radio.Group options={DISTINCTION_OPTIONS} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：主动纠错、及时挽回损失" />
      </Form.Item>
    </FormModal>
  );
}
