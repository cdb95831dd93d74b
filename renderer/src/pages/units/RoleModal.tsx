import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { RoleRow, UnitRow } from '@shared/api/contract';
import { ROLE_KINDS, ROLE_LABELS, ROLE_SCOPE_KIND, type RoleKind } from '@shared/domain/role';
import { UNIT_KIND_LABELS } from '@shared/domain/unit';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { fromIso, toIso } from '../../lib/dates';
import { codeOptions } from '../../lib/options';
import { PERSON_SEARCH } from '../../lib/person-search';

interface Values {
  personId: string;
  kind: RoleKind;
  unitId: string;
  supervisedUnitIds?: string[];
  from: Dayjs;
  until?: Dayjs | null;
}

/** Add or edit one manager role; the scope must be a unit of the kind the role requires. */
export function RoleModal({
  role,
  units,
  onDone,
  onCancel,
}: {
  role?: RoleRow;
  units: UnitRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? role?.kind;
  const people = useQuery('people:list', {});
  const { run, busy, error } = useAction(true);
  const bureauId = units.find((u) => u.kind === 'bureau')?.id;

  const personOptions = useMemo(() => {
    const list = (people.data ?? []).map((p) => ({ value: p.id, name: p.name, label: `${p.name}（${p.unitLabel}）` }));
    if (role && !list.some((o) => o.value === role.personId))
      list.unshift({ value: role.personId, name: role.personName, label: role.personName });
    return list;
  }, [people.data, role]);

  /**
   * The scope a role most likely has for this person: the bureau for bureau-wide roles, the
   * person's own 科室 for a 科室负责人, their 二层单位 for its 班子成员.
   */
  const likelyScope = (k: RoleKind | undefined, personId: string | undefined): string | undefined => {
    if (!k) return undefined;
    if (ROLE_SCOPE_KIND[k] === 'bureau') return bureauId;
    const unit = units.find((u) => u.id === people.data?.find((p) => p.id === personId)?.unitId);
    if (!unit) return undefined;
    if (unit.kind === ROLE_SCOPE_KIND[k]) return unit.id;
    const parent = units.find((u) => u.id === unit.parentId);
    return parent?.kind === ROLE_SCOPE_KIND[k] ? parent.id : undefined;
  };
  const fillScope = (k: RoleKind | undefined, personId: string | undefined) => form.setFieldsValue({ unitId: likelyScope(k, personId) });

  const submit = async (v: Values) => {
    const input = {
      id: role?.id,
      personId: v.personId,
      kind: v.kind,
      unitId: v.unitId,
      supervisedUnitIds: v.kind === 'leadershipMember' ? (v.supervisedUnitIds ?? []) : [],
      from: toIso(v.from),
      until: v.until ? toIso(v.until) : null,
    };
    if (await run('roles:save', input, { form, success: role ? '已保存' : '已新增管理职责' })) onDone();
  };

  return (
    <FormModal
      name="role"
      title={role ? '编辑管理职责' : '新增管理职责'}
      width={560}
      form={form}
      initialValues={role ? { ...role, from: fromIso(role.from), until: fromIso(role.until) } : { from: dayjs(), supervisedUnitIds: [] }}
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      error={error}
    >
      <Form.Item label="人员" name="personId" rules={[{ required: true, message: '请选择人员' }]}>
        <Select
          showSearch={PERSON_SEARCH}
          options={personOptions}
          loading={people.loading}
          placeholder="姓名或拼音首字母，Enter 选定"
          autoFocus
          onChange={(personId: string) => !role && fillScope(form.getFieldValue('kind'), personId)}
        />
      </Form.Item>
      <Form.Item label="职责" name="kind" rules={[{ required: true, message: '请选择职责' }]}>
        <Select
          options={codeOptions(ROLE_KINDS, (k) => ROLE_LABELS[k])}
          onChange={(k: RoleKind) => form.setFieldsValue({ unitId: likelyScope(k, form.getFieldValue('personId')), supervisedUnitIds: [] })}
        />
      </Form.Item>
      <Form.Item
        label="范围"
        name="unitId"
        rules={[{ required: true, message: '请选择范围' }]}
        extra={kind ? `${ROLE_LABELS[kind]}的范围应是${UNIT_KIND_LABELS[ROLE_SCOPE_KIND[kind]]}。` : undefined}
      >
        <UnitTreeSelect units={units} kind={kind ? ROLE_SCOPE_KIND[kind] : undefined} />
      </Form.Item>
      {kind === 'leadershipMember' && (
        <Form.Item label="分管单位" name="supervisedUnitIds">
          <UnitTreeSelect units={units} multiple placeholder="选择分管的科室和二层单位" />
        </Form.Item>
      )}
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label="起始日期" name="from" rules={[{ required: true, message: '请选择起始日期' }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item label="结束日期" name="until" extra="在任的留空">
          <DatePicker />
        </Form.Item>
      </div>
    </FormModal>
  );
}
