import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { AuthStatus } from '@shared/api/trust-schemas';
import { call } from '../../api';

interface Values {
  user: string;
  code: string;
  password: string;
  again: string;
}

interface Props {
  users: AuthStatus['users'];
  /** The new password is set: the new recovery code to show, and who to sign in as. */
  onDone: (r: { user: string; password: string; recoveryCode: string }) => void;
  onBack: () => void;
}

/**
 * 忘记密码 on the lock screen: the recovery code printed at set-up and a new password for a 管理员.
 * The used code is void afterwards; the new one is shown once, to print or save.
 */
export function RecoverForm({ users, onDone, onBack }: Props) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const admins = users.filter((u) => u.role === 'admin');
  const submit = async (v: Values) => {
    setBusy(true);
    const r = await call('auth:recover', { user: v.user, code: v.code, password: v.password });
    setBusy(false);
    if (!r.ok) return setError(r.issues?.length ? r.issues.map((i) => i.message).join('；') : r.message);
    onDone({ user: r.data.user, password: v.password, recoveryCode: r.data.recoveryCode });
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ user: admins[0]?.name }} name="recover">
      <Typography.Paragraph type="secondary">
        用设置密码时打印或保存的恢复码，为管理员设置新密码。恢复码不区分大小写，短横线可以省略。
      </Typography.Paragraph>
      <Form.Item label="管理员" name="user" rules={[{ required: true, message: '请选择管理员' }]}>
        <Select aria-label="管理员" options={admins.map((u) => ({ value: u.name, label: u.name }))} />
      </Form.Item>
      <Form.Item label="恢复码" name="code" rules={[{ required: true, whitespace: true, message: '请输入恢复码' }]}>
        <Input aria-label="恢复码" autoFocus autoComplete="off" placeholder="如 K7QMP-3XW9D-HT4RA-NV8EB" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="password"
        rules={[
          { required: true, message: '请输入新密码' },
          { min: 6, message: '密码至少6位' },
        ]}
      >
        <Input.Password aria-label="新密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再输一次新密码"
        name="again"
        dependencies={['password']}
        rules={[
          { required: true, message: '请再输一次新密码' },
          ({ getFieldValue }) => ({
            validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一样'))),
          }),
        ]}
      >
        <Input.Password aria-label="再输一次新密码" autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" block loading={busy}>
        设置新密码
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 4 }}>
        返回登录
      </Button>
    </Form>
  );
}
