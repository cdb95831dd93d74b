import { Card, Form, InputNumber, Radio } from 'antd';
import { ACCOUNTABILITY_READINGS, ACCOUNTABILITY_READING_LABELS, type AccountabilityReading } from '@shared/grading/settings';

/** What each reading of “本单位” means, in the words of DOMAIN.md §4.4. */
const EXPLAINED: Record<AccountabilityReading, string> = {
  responsibility: '各职责按本人的职责范围：科室负责人看本科室，班子成员看全局和所分管的各单位合在一起（分管范围内有人“一般”即不适用）',
  perUnit: '班子成员所分管的每个单位各算一个范围（其中任一单位无“一般”“较差”又有问题即适用，较严）',
  literal: '“本单位”按全局理解：全局无人“一般”“较差”而有问题时，所有负有管理职责的人都评为“较差”，否则都不适用',
};

/** 管理责任规则 and 容错: how many periods, which scope each role answers for, when 容错 can repeat. */
export function AccountabilityCard() {
  const count = (name: string, label: string, unit: string, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={1} max={max} addonAfter={unit} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <Card size="small" title="管理责任与容错" style={{ marginTop: 12 }}>
      {count('accountabilityWindow', '管理责任规则看几个考核周期（含本期）', '期', 8)}
      <Form.Item name="accountabilityReading" label="“本单位”的范围（每条结果都写明按哪种口径）">
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          options={ACCOUNTABILITY_READINGS.map((r) => ({
            value: r,
            label: (
              <span>
                {ACCOUNTABILITY_READING_LABELS[r]}
                {r === 'responsibility' && '（默认）'}
                <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{EXPLAINED[r]}</div>
              </span>
            ),
          }))}
        />
      </Form.Item>
      {count('toleranceRepeatMonths', '同类事项多少个月内重复不再容错', '个月', 60)}
    </Card>
  );
}
