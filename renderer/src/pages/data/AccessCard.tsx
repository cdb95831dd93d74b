import { LockOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@shared/api/trust-schemas';
import { useAction } from '../../hooks/useAction';
import { useAccess } from '../../state/access';
import { useAppStatus } from '../../state/app-status';
import { RecoveryCodeModal } from './RecoveryCodeModal';

const confirmRule = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
  validator: (_: unknown, v: string) =>
    v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
});

/** 访问密码: set it (with its recovery code), who may sign in with which role, idle minutes, one's own password. */
export function AccessCard() {
  const { status: app } = useAppStatus();
  const access = useAccess();
  const { run, busy } = useAction();
  const { modal } = App.useApp();
  const [recovery, setRecovery] = useState<string | null>(null);
  const [idle, setIdle] = useState<number | null>(null);
  const [setupForm] = Form.useForm();
  const [userForm] = Form.useForm();
  const [pwForm] = Form.useForm();
  const { enabled, session, users, idleMinutes } = access.status;
  const admin = session?.role === 'admin';

  const setup = async (v: { user: string; password: string; idleMinutes: number }) => {
    const r = await run('auth:setup', { user: v.user, password: v.password, idleMinutes: v.idleMinutes }, { form: setupForm });
    if (r) {
      setRecovery(r.recoveryCode);
      access.signedIn(r.session);
    }
  };

  if (!enabled) {
    return (
      <Card
        title={
          <span>
            <LockOutlined /> 访问密码
          </span>
        }
        size="small"
      >
        <Typography.Paragraph type="secondary">
          设置后，打开程序和空闲一段时间后都要输入密码；可以另设只能查看、打印和导出的“查看”用户。密码只以不可还原的形式保存。
        </Typography.Paragraph>
        <Form form={setupForm} layout="vertical" onFinish={(v) => void setup(v)} initialValues={{ user: app.user, idleMinutes: 10 }}>
          <Space align="start" wrap>
            <Form.Item label="管理员用户名" name="user" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
              <Input aria-label="管理员用户名" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label="空闲锁定（分钟）" name="idleMinutes" rules={[{ required: true }]}>
              <InputNumber aria-label="空闲锁定分钟" min={1} max={240} precision={0} style={{ width: 100 }} />
            </Form.Item>
          </Space>
          <Space align="start" wrap>
            <Form.Item label="密码" name="password" rules={[{ required: true, min: 6, message: '密码至少6位' }]}>
              <Input.Password aria-label="新密码" autoComplete="new-password" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              label="再输入一次"
              name="confirm"
              dependencies={['password']}
              rules={[{ required: true, message: '请再输入一次' }, confirmRule]}
            >
              <Input.Password aria-label="确认密码" autoComplete="new-password" style={{ width: 180 }} />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            设置密码
          </Button>
        </Form>
      </Card>
    );
  }

  const saveUser = async (v: { name: string; role: Role; password: string }) => {
    if (await run('auth:saveUser', v, { form: userForm, success: `已保存用户“${v.name}”` })) {
      userForm.resetFields();
      access.refresh();
    }
  };
  const removeUser = (name: string) =>
    modal.confirm({
      title: `删除用户“${name}”？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        if (await run('auth:removeUser', { name }, { success: `已删除用户“${name}”` })) access.refresh();
      },
    });
  const changePassword = async (v: { current: string; password: string }) => {
    if (await run('auth:changePassword', { current: v.current, next: v.password }, { form: pwForm, success: '密码已修改' }))
      pwForm.resetFields();
  };
  const disable = () => {
    let password = '';
    modal.confirm({
      title: '取消访问密码？',
      content: <Input.Password aria-label="当前密码" placeholder="请输入你的密码确认" onChange={(e) => (password = e.target.value)} />,
      okText: '取消密码',
      okButtonProps: { danger: true },
      cancelText: '不取消',
      onOk: async () => {
        if (await run('auth:disable', { password }, { success: '已取消访问密码' })) access.refresh();
      },
    });
  };

  return (
    <Card
      title={
        <span>
          <LockOutlined /> 访问密码
        </span>
      }
      size="small"
      extra={
        <Button size="small" icon={<LockOutlined />} onClick={access.lock}>
          立即锁定
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'me', label: '当前用户', children: session ? `${session.user}（${ROLE_LABELS[session.role]}）` : '' },
          {
            key: 'idle',
            label: '空闲锁定',
            children: admin ? (
              <Space>
                <InputNumber
                  aria-label="空闲锁定分钟"
                  size="small"
                  min={1}
                  max={240}
                  precision={0}
                  value={idle ?? idleMinutes}
                  onChange={setIdle}
                  style={{ width: 80 }}
                />
                分钟
                <Button
                  size="small"
                  disabled={idle === null || idle === idleMinutes}
                  onClick={() =>
                    void run('auth:settings', { idleMinutes: idle! }, { success: `空闲 ${idle} 分钟后自动锁定` }).then(
                      (r) => r && access.refresh(),
                    )
                  }
                >
                  保存
                </Button>
              </Space>
            ) : (
              `${idleMinutes} 分钟`
            ),
          },
        ]}
      />
      {admin && (
        <>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={users}
            style={{ margin: '8px 0' }}
            columns={[
              { title: '用户', dataIndex: 'name' },
              { title: '角色', dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
              {
                title: '',
                key: 'x',
                width: 60,
                render: (_, u) => (
                  <Button type="link" size="small" danger onClick={() => removeUser(u.name)}>
                    删除
                  </Button>
                ),
              },
            ]}
          />
          <Form form={userForm} layout="inline" onFinish={(v) => void saveUser(v)} initialValues={{ role: 'viewer' }} style={{ rowGap: 8 }}>
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
              <Input aria-label="用户名" placeholder="用户名" style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="role">
              <Select aria-label="角色" style={{ width: 90 }} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
            </Form.Item>
            <Form.Item name="password" rules={[{ required: true, min: 6, message: '密码至少6位' }]}>
              <Input.Password aria-label="用户密码" placeholder="密码" autoComplete="new-password" style={{ width: 130 }} />
            </Form.Item>
            <Button htmlType="submit" loading={busy}>
              添加或修改用户
            </Button>
          </Form>
        </>
      )}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        修改我的密码
      </Typography.Title>
      <Form form={pwForm} layout="inline" onFinish={(v) => void changePassword(v)} style={{ rowGap: 8 }}>
        <Form.Item name="current" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password aria-label="当前密码" placeholder="当前密码" autoComplete="current-password" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, min: 6, message: '密码至少6位' }]}>
          <Input.Password aria-label="新密码" placeholder="新密码" autoComplete="new-password" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="confirm" dependencies={['password']} rules={[{ required: true, message: '请再输入一次' }, confirmRule]}>
          <Input.Password aria-label="确认新密码" placeholder="再输入一次" autoComplete="new-password" style={{ width: 130 }} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          修改
        </Button>
      </Form>
      {admin && (
        <Button type="link" danger size="small" style={{ paddingLeft: 0, marginTop: 8 }} onClick={disable}>
          取消访问密码…
        </Button>
      )}
      {recovery && <RecoveryCodeModal code={recovery} organisation={app.organisationName ?? ''} onClose={() => setRecovery(null)} />}
    </Card>
  );
}
