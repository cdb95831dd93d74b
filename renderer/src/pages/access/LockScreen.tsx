import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { AuthStatus, Session } from '@shared/api/trust-schemas';
import { ROLE_LABELS } from '@shared/api/trust-schemas';
import { call } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { RecoveryCodeModal } from '../data/RecoveryCodeModal';
import { RecoverForm } from './RecoverForm';
import './lock-screen.css';

interface Props {
  users: AuthStatus['users'];
  onUnlocked: (s: Session) => void;
}

/** Covers the whole window (nothing of the page shows through) until a user signs in. */
export function LockScreen({ users, onUnlocked }: Props) {
  // The lock screen sits outside the app's status (nothing shows until signed in): ask for the name.
  const organisation = useQuery('app:status', {}).data?.organisationName ?? '';
  const [form] = Form.useForm<{ user: string; password: string }>();
  const [error, setError] = useState<{ text: string; wait: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const [recovered, setRecovered] = useState<{ user: string; password: string; recoveryCode: string } | null>(null);
  const submit = async (v: { user: string; password: string }) => {
    setBusy(true);
    const r = await call('auth:unlock', v);
    setBusy(false);
    if (r.ok) {
      form.resetFields(['password']);
      setError(null);
      onUnlocked(r.data);
    } else {
      setError({ text: r.message, wait: r.code === 'RATE_LIMITED' });
      form.setFieldValue('password', '');
    }
  };
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-label="程序已锁定">
      <Card
        className="lock-card"
        title={
          <span>
            <LockOutlined /> 平时考核已锁定
          </span>
        }
      >
        {recovering ? (
          <RecoverForm
            users={users}
            onBack={() => setRecovering(false)}
            onDone={(r) => {
              setRecovering(false);
              setRecovered(r);
            }}
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">请输入用户名和密码解锁。空闲一段时间后程序会自动锁定。</Typography.Paragraph>
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) => void submit(v)}
              initialValues={{ user: users.find((u) => u.role === 'admin')?.name }}
            >
              <Form.Item label="用户" name="user" rules={[{ required: true, message: '请选择用户' }]}>
                <Select aria-label="用户" options={users.map((u) => ({ value: u.name, label: `${u.name}（${ROLE_LABELS[u.role]}）` }))} />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password aria-label="密码" autoFocus autoComplete="current-password" />
              </Form.Item>
              {error && <Alert type={error.wait ? 'warning' : 'error'} showIcon title={error.text} style={{ marginBottom: 12 }} />}
              <Button type="primary" htmlType="submit" block loading={busy}>
                解锁
              </Button>
            </Form>
            <Button type="link" block onClick={() => setRecovering(true)} style={{ marginTop: 8 }}>
              忘记密码？用恢复码重设
            </Button>
          </>
        )}
      </Card>
      {recovered && (
        <RecoveryCodeModal
          code={recovered.recoveryCode}
          organisation={organisation}
          zIndex={1100}
          onClose={() => {
            const { user, password } = recovered;
            setRecovered(null);
            void submit({ user, password });
          }}
        />
      )}
    </div>
  );
}
