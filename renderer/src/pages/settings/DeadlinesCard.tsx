import { Card, Form, InputNumber, Radio } from 'antd';

/** 期限: what the 首页待办 counts against, and what 下一步 checks. */
export function DeadlinesCard() {
  return (
    <Card size="small" title="期限（首页待办和“下一步”前的检查按此计算）" data-testid="deadlines">
      <Form.Item name={['deadlines', 'recordCadence']} label="工作纪实">
        <Radio.Group
          options={[
            { value: 'week', label: '每周至少一条' },
            { value: 'month', label: '每月至少一条' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['deadlines', 'reviewDays']}
        label="主管领导评鉴在周期结束后几天内完成"
        rules={[{ required: true, message: '请填写天数' }]}
      >
        <InputNumber min={0} max={60} addonAfter="天" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name={['deadlines', 'publicityDays']} label="公示期" rules={[{ required: true, message: '请填写公示天数' }]}>
        <InputNumber min={1} max={30} addonAfter="天" style={{ width: 140 }} />
      </Form.Item>
    </Card>
  );
}
