import { Form, Input } from 'antd';
import type { UnitRow } from '@shared/api/contract';
import { UNIT_KIND_LABELS, type UnitKind } from '@shared/domain/unit';
import { FormModal } from '../../components/FormModal';
import { useAction } from '../../hooks/useAction';

/** A new unit under `parent`, or a new name for `unit`. */
export type UnitEdit = { mode: 'add'; parent: UnitRow; kind: UnitKind } | { mode: 'rename'; unit: UnitRow };

export function UnitNameModal({ edit, onDone, onCancel }: { edit: UnitEdit; onDone: () => void; onCancel: () => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const { run, busy, error } = useAction(true);
  const kindLabel = UNIT_KIND_LABELS[edit.mode === 'add' ? edit.kind : edit.unit.kind];
  const title = edit.mode === 'add' ? `在“${edit.parent.name}”下新增${kindLabel}` : `重命名${kindLabel}“${edit.unit.name}”`;

  const submit = async ({ name }: { name: string }) => {
    const input =
      edit.mode === 'add'
        ? { name, kind: edit.kind, parentId: edit.parent.id }
        : { id: edit.unit.id, name, kind: edit.unit.kind, parentId: edit.unit.parentId };
    if (await run('units:save', input, { form, success: edit.mode === 'add' ? `已新增${kindLabel}“${name.trim()}”` : '已重命名' }))
      onDone();
  };

  return (
    <FormModal
      name="unit"
      title={title}
      form={form}
      initialValues={{ name: edit.mode === 'rename' ? edit.unit.name : '' }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item label={`${kindLabel}名称`} name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
