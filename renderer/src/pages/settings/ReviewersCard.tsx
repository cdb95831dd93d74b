import { Card, Checkbox, Form, Select } from 'antd';

/** 谁评谁: which manager writes the 主管领导评鉴 of each group (DOMAIN.md §1, local practice). */
export function ReviewersCard() {
  return (
    <Card size="small" title="谁评谁（主管领导评鉴）">
      <Form.Item name={['reviewers', 'staff']} label="一般工作人员">
        <Select
          style={{ width: 220 }}
          options={[
            { value: 'departmentHead', label: '科室负责人评鉴' },
            { value: 'supervisor', label: '分管领导评鉴' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['reviewers', 'secondStep']}
        valuePropName="checked"
        extra="开启后，科室负责人对一般工作人员的评鉴还须经分管领导审核（同意，或调整等次并写明审核意见），审核意见打印在登记表上。"
      >
        <Checkbox>一般工作人员的评鉴由分管领导审核</Checkbox>
      </Form.Item>
      <Form.Item name={['reviewers', 'heads']} label="科室负责人、二层单位班子成员">
        <Select
          style={{ width: 220 }}
          options={[
            { value: 'supervisor', label: '分管领导评鉴' },
            { value: 'principal', label: '主要负责人评鉴' },
          ]}
        />
      </Form.Item>
      <Form.Item name={['reviewers', 'members']} label="党组班子成员" extra="党组主要负责人由上级党组织评定，不在本程序中评鉴。">
        <Select
          style={{ width: 220 }}
          options={[
            { value: 'principal', label: '主要负责人评鉴' },
            { value: 'none', label: '由党组或上级评定（不在此评鉴）' },
          ]}
        />
      </Form.Item>
    </Card>
  );
}
