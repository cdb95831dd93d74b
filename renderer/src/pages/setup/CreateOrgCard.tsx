import { Alert, Button, Card, Form, Input } from 'antd';
import { useAction } from '../../hooks/useAction';
import { useAppStatus } from '../../state/app-status';

interface Values {
  name: string;
  departments?: string;
  subunits?: string;
}

const lines = (text = '') =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export function CreateOrgCard() {
  const [form] = Form.useForm<Values>();
  const { refresh } = useAppStatus();
  const { run, busy, error } = useAction(true);

  const submit = async (v: Values) => {
    const done = await run(
      'org:create',
      { name: v.name, departments: lines(v.departments), subunits: lines(v.subunits) },
      { form, success: '单位已建立' },
    );
    if (done) refresh();
  };

  return (
    <Card title="建立单位">
      <Form name="org" form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
          <Input placeholder="例如：贵港市医疗保障局" autoFocus maxLength={60} />
        </Form.Item>
        <Form.Item label="内设科室" name="departments" extra="局机关的科室，每行一个，按排列顺序填写。">
          <Input.TextArea rows={5} placeholder={'办公室\n组织人事科\n基金监管科'} />
        </Form.Item>
        <Form.Item label="二层单位" name="subunits" extra="直属事业单位等，每行一个；它们的科室以后再添加。">
          <Input.TextArea rows={3} placeholder="医疗保障事业管理中心" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          创建
        </Button>
      </Form>
    </Card>
  );
}
