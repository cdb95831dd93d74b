import { Alert, App, Button, Drawer, Form, Space, Spin, Tabs, Typography } from 'antd';
import { useEscape } from '../../hooks/useEscape';
import { useRef } from 'react';
import type { PersonRow, UnitRow } from '@shared/api/contract';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { PersonForm, NAME_INPUT_ID } from './PersonForm';
import { PersonHistory } from './PersonHistory';
import { toFormValues, toSaveInput, type PersonFormValues } from './person-form-values';

export type PersonTarget = { mode: 'new'; unitId?: string } | { mode: 'edit'; id: string };

interface Props {
  target: PersonTarget;
  units: readonly UnitRow[];
  onSaved: (row: PersonRow) => void;
  onClose: () => void;
}

const focusName = () => document.getElementById(NAME_INPUT_ID)?.focus();

/** 新增 / 编辑 a person; an existing person also has the 履历 tab. Mount it only while open. */
export function PersonDrawer({ target, units, onSaved, onClose }: Props) {
  const editId = target.mode === 'edit' ? target.id : undefined;
  const detail = useQuery('people:get', { id: editId ?? '' }, editId !== undefined);
  const [form] = Form.useForm<PersonFormValues>();
  const { run, busy } = useAction();
  const { modal } = App.useApp();
  const again = useRef(false);

  // Esc, × and 取消 all come here: typed-in data is not thrown away without asking.
  const close = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({ title: '放弃未保存的修改？', okText: '放弃', okButtonProps: { danger: true }, cancelText: '继续编辑', onOk: onClose });
  };

  useEscape(close);

  const submit = (andNext: boolean) => {
    again.current = andNext;
    form.submit();
  };

  const save = async (values: PersonFormValues) => {
    const name = values.fields.name?.trim();
    const row = await run('people:save', toSaveInput(values, editId), { form, success: editId ? `已保存 ${name}` : `已新增 ${name}` });
    if (!row) return;
    onSaved(row);
    if (!again.current) return onClose();
    form.resetFields();
    form.setFieldsValue({ unitId: values.unitId });
    focusName();
  };

  const loaded = editId === undefined || detail.data !== undefined;
  const personForm = loaded && (
    <PersonForm
      form={form}
      units={units}
      detail={detail.data}
      initialValues={toFormValues(detail.data, target.mode === 'new' ? target.unitId : undefined)}
      onSubmit={() => submit(false)}
      onFinish={save}
    />
  );

  return (
    <Drawer
      open
      size={780}
      title={editId ? `编辑：${detail.data?.fields.name ?? ''}` : '新增人员'}
      onClose={close}
      // Once the drawer has slid in: to 姓名, unless the clerk already went on to another field.
      afterOpenChange={(open) => open && !document.activeElement?.closest('form') && focusName()}
      mask={{ closable: false }}
      styles={{ body: { paddingTop: 8 } }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Typography.Text type="secondary">Ctrl+Enter 保存</Typography.Text>
          <Button onClick={close}>取消</Button>
          {!editId && (
            <Button onClick={() => submit(true)} loading={busy}>
              保存并新增
            </Button>
          )}
          <Button type="primary" onClick={() => submit(false)} loading={busy} disabled={!loaded}>
            保存
          </Button>
        </Space>
      }
    >
      {detail.error && <Alert type="error" showIcon title={detail.error} />}
      {!loaded && !detail.error && <Spin style={{ display: 'block', marginTop: 48 }} />}
      {editId && detail.data ? (
        <Tabs
          size="small"
          items={[
            { key: 'form', label: '基本资料', children: personForm },
            { key: 'history', label: '履历', children: <PersonHistory detail={detail.data} /> },
          ]}
        />
      ) : (
        personForm
      )}
    </Drawer>
  );
}
