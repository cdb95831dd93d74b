import { Card, Form, InputNumber, Radio } from 'antd';
import { ACCOUNTABILITY_READINGS, ACCOUNTABILITY_READING_EXPLAINED, ACCOUNTABILITY_READING_LABELS } from '@shared/grading/settings';

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
                <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{ACCOUNTABILITY_READING_EXPLAINED[r]}</div>
              </span>
            ),
          }))}
        />
      </Form.Item>
      {count('toleranceRepeatMonths', '同类事项多少个月内重复不再容错', '个月', 60)}
    </Card>
  );
}
