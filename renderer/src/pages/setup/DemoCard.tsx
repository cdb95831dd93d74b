import { Alert, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useAction } from '../../hooks/useAction';
import { useAppStatus } from '../../state/app-status';

export function DemoCard() {
  const [form] = Form.useForm<{ people: number }>();
  const { refresh } = useAppStatus();
  const { run, busy, error } = useAction(true);

  const submit = async ({ people }: { people: number }) => {
    if (await run('org:loadDemo', { people }, { form, success: '演示数据已载入' })) refresh();
  };

  return (
    <Card title="载入演示数据">
      <Typography.Paragraph type="secondary">
        生成一个虚构的医疗保障局：局机关科室、二层单位、各类编制人员和管理职责，身份证号均为虚构但能通过校验。
      </Typography.Paragraph>
      <Form name="demo" form={form} layout="vertical" onFinish={submit} initialValues={{ people: 300 }} requiredMark={false}>
        <Form.Item label="人数" name="people" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={10} max={20000} step={100} style={{ width: 160 }} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button htmlType="submit" loading={busy}>
          载入演示数据
        </Button>
      </Form>
    </Card>
  );
}
