import { Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { publicityEnds } from '@shared/domain/deadlines';
import { GRADES, GRADE_LABELS, type Grade } from '@shared/domain/grade';
import { publicityStart } from '@shared/domain/todo';
import { FormModal } from '../../components/FormModal';
import type { PrintTarget } from '../../components/print/print-target';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { toIso } from '../../lib/dates';

interface Values {
  phone: string;
  range: [Dayjs, Dayjs];
  grades: Grade[];
}

/**
 * 公示名单 settings before the preview: 联系电话, 公示期 (from the day the period went into 公示,
 * as long as the setting says) and which grades are listed. Phone and grades are remembered for
 * the bureau (考核设置) for the next period.
 */
export function NoticeModal({
  period,
  onCancel,
  onOpen,
}: {
  period: PeriodSummary;
  onCancel: () => void;
  onOpen: (t: PrintTarget) => void;
}) {
  const [form] = Form.useForm<Values>();
  const settings = useQuery('settings:get', {});
  const detail = useQuery('periods:get', { id: period.id });
  const { run, busy, error } = useAction(true);
  useEffect(() => {
    if (!settings.data || !detail.data) return;
    const start = publicityStart({ history: detail.data.history }) ?? dayjs().format('YYYY-MM-DD');
    form.setFieldsValue({
      phone: settings.data.publicity.phone,
      grades: settings.data.publicity.grades,
      range: [dayjs(start), dayjs(publicityEnds(start, settings.data.deadlines))],
    });
  }, [settings.data, detail.data, form]);

  const submit = async (v: Values) => {
    const s = settings.data!;
    const publicity = { phone: v.phone.trim(), grades: GRADES.filter((g) => v.grades.includes(g)) };
    if (publicity.phone !== s.publicity.phone || publicity.grades.join() !== s.publicity.grades.join()) {
      if (!(await run('settings:save', { ...s, publicity }, { form }))) return;
    }
    const request = {
      form: 'notice' as const,
      periodId: period.id,
      phone: publicity.phone || undefined,
      start: toIso(v.range[0]),
      end: toIso(v.range[1]),
      grades: publicity.grades,
    };
    onOpen({ request, title: '公示名单' });
  };

  return (
    <FormModal
      name="notice"
      title={`公示名单：${period.label}`}
      form={form}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
      okText="预览"
    >
      <Form.Item
        name="phone"
        label="联系电话"
        extra="印在公示名单上，接受意见反馈；下次公示沿用。"
        rules={[{ max: 40, message: '联系电话不能超过40个字' }]}
      >
        <Input placeholder="如 0775-1234567" autoFocus />
      </Form.Item>
      <Form.Item
        name="range"
        label="公示期"
        rules={[{ required: true, message: '请选择公示期' }]}
        extra="默认从进入“公示”之日起，天数见“考核设置 → 期限”。"
      >
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="grades" label="公示的等次" rules={[{ required: true, message: '请至少选择一个等次' }]}>
        <Checkbox.Group options={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }))} />
      </Form.Item>
    </FormModal>
  );
}
