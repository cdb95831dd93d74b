import { Form, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { periodRange, type PeriodKind } from '@shared/domain/period';
import { formatMonthLabel, formatPeriodLabel } from '@shared/text/ym-date';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';
import { dotted } from '../../lib/dates';

interface Values {
  kind: PeriodKind;
  year: number;
  index: number;
}

const QUARTERS = [1, 2, 3, 4] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const label = (kind: PeriodKind, year: number, index: number) =>
  kind === 'quarter' ? formatPeriodLabel(year, index as 1 | 2 | 3 | 4) : formatMonthLabel(year, index);
/** The quarter or month today falls in. */
const currentIndex = (kind: PeriodKind) => (kind === 'quarter' ? Math.floor(dayjs().month() / 3) + 1 : dayjs().month() + 1);

/** 新建考核周期: a quarter (the default, today's) or a month; everyone in post takes part. */
export function OpenPeriodModal({ onDone, onCancel }: { onDone: (p: PeriodSummary) => void; onCancel: () => void }) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const kind = Form.useWatch('kind', form) ?? 'quarter';
  const year = Form.useWatch('year', form);
  const index = Form.useWatch('index', form);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100 && index >= 1 && index <= (kind === 'quarter' ? 4 : 12);
  const range = valid ? periodRange(kind, year, index) : null;

  const submit = async (v: Values) => {
    const opened = await run('periods:open', v, { form, success: (p) => `已建立${p.label}，${p.participantCount} 人参加` });
    if (opened) onDone(opened);
  };

  return (
    <FormModal
      name="open-period"
      title="新建考核周期"
      form={form}
      initialValues={{ kind: 'quarter', year: dayjs().year(), index: currentIndex('quarter') }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
      okText="建立"
    >
      <Form.Item label="考核方式" name="kind">
        <Radio.Group
          options={[
            { value: 'quarter', label: '按季度' },
            { value: 'month', label: '按月' },
          ]}
          onChange={(e) => form.setFieldValue('index', currentIndex(e.target.value as PeriodKind))}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} suffix="年" style={{ width: 110 }} autoFocus />
        </Form.Item>
        <Form.Item label={kind === 'quarter' ? '季度' : '月份'} name="index" rules={[{ required: true, message: '请选择' }]}>
          <Select
            style={{ width: 130 }}
            options={(kind === 'quarter' ? QUARTERS : MONTHS).map((i) => ({ value: i, label: label(kind, 2000, i).slice(5) }))}
          />
        </Form.Item>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {range ? `将建立“${label(kind, year, index)}”（${dotted(range.start)}—${dotted(range.end)}）。` : ''}
        花名册中在职和借调的人员全部列入考核名单，名单在建立时确定，之后调动不影响本期所在单位。
      </Typography.Paragraph>
    </FormModal>
  );
}
