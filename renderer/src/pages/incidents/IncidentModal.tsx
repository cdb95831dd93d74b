import { App, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../api';
import type { IncidentRow } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { PERSON_STATUSES, PERSON_STATUS_LABELS } from '@shared/domain/codes';
import { HANDLING_NAMES, HANDLINGS, NEGATIVE_KINDS, POSITIVE_KINDS, type Handling, type IncidentKind } from '@shared/domain/incident';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { fromIso, toIso } from '../../lib/dates';
import { codeOptions } from '../../lib/options';
import { PERSON_SEARCH } from '../../lib/person-search';

interface Values {
  subject: 'person' | 'unit';
  personId?: string;
  unitId?: string;
  kind: IncidentKind;
  handling: Handling;
  /** null: 至结案 (立案审查 only). */
  impactMonths: number | null;
  date: Dayjs;
  reason: string;
  docNo?: string | null;
}

const KIND_OPTIONS = [
  { label: '负面清单 / 问责', options: codeOptions(NEGATIVE_KINDS) },
  { label: '正面表现', options: codeOptions(POSITIVE_KINDS) },
];
/** Sanctions and measures weigh for a while; commendations (影响期 0) do not. */
const HANDLING_OPTIONS = [
  { label: '处理与问责', options: codeOptions(HANDLING_NAMES.filter((h) => HANDLINGS[h] !== 0)) },
  { label: '表扬奖励', options: codeOptions(HANDLING_NAMES.filter((h) => HANDLINGS[h] === 0)) },
];
const ALL_STATUSES = [...PERSON_STATUSES];
const UNTIL_CLOSED: Handling = '立案审查';

/** 登记 or 编辑 one 表现记录: about a person (anyone on the roster, also those who left) or a unit as a whole. */
export function IncidentModal({
  incident,
  units,
  onDone,
  onCancel,
}: {
  incident?: IncidentRow;
  units: UnitRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const subject = Form.useWatch('subject', form) ?? (incident && !incident.personId ? 'unit' : 'person');
  const handling = Form.useWatch('handling', form) ?? incident?.handling;
  const people = useQuery('people:list', { statuses: ALL_STATUSES });
  const { run, busy, error } = useAction(true);
  const { message } = App.useApp();
  // Editing a masked 事由 needs the real one (the reveal is logged); saving waits for it.
  const [reasonReady, setReasonReady] = useState(!incident?.reasonMasked);
  useEffect(() => {
    if (!incident?.reasonMasked) return;
    void call('incidents:revealReason', { id: incident.id }).then((r) => {
      if (r.ok) {
        form.setFieldValue('reason', r.data.reason);
        setReasonReady(true);
      }
    });
  }, [incident, form]);

  const personOptions = useMemo(
    () =>
      (people.data ?? []).map((p) => ({
        value: p.id,
        name: p.name,
        label: `${p.name}（${p.unitLabel}${p.status === 'active' ? '' : `，${PERSON_STATUS_LABELS[p.status]}`}）`,
      })),
    [people.data],
  );

  const submit = async (v: Values) => {
    if (!reasonReady) return;
    const personId = v.subject === 'person' ? v.personId! : null;
    // Editing keeps the unit the incident was recorded in, even if the person has moved since.
    const keptUnit = incident && incident.personId === personId ? incident.unitId : undefined;
    const input = {
      id: incident?.id,
      personId,
      unitId: personId ? keptUnit : v.unitId,
      kind: v.kind,
      handling: v.handling,
      date: toIso(v.date),
      reason: v.reason,
      docNo: v.docNo?.trim() || null,
      impactMonths: v.handling === UNTIL_CLOSED ? null : v.impactMonths,
    };
    const saved = await run('incidents:save', input, { form, success: incident ? '已保存' : '已登记表现记录' });
    if (!saved) return;
    // A date before the first period is kept, but the clerk should know (it may still cap a later period).
    if (saved.warning) void message.warning(saved.warning, 8);
    onDone();
  };

  return (
    <FormModal
      name="incident"
      title={incident ? '编辑表现记录' : '登记表现记录'}
      width={560}
      form={form}
      initialValues={
        incident
          ? {
              ...incident,
              subject: incident.personId ? 'person' : 'unit',
              personId: incident.personId ?? undefined,
              date: fromIso(incident.date),
            }
          : { subject: 'person', date: dayjs() }
      }
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy || !reasonReady}
      error={error}
    >
      <Form.Item label="对象" name="subject">
        <Radio.Group
          options={[
            { value: 'person', label: '个人' },
            { value: 'unit', label: '单位整体' },
          ]}
        />
      </Form.Item>
      {subject === 'person' ? (
        <Form.Item label="人员" name="personId" rules={[{ required: true, message: '请选择人员' }]}>
          <Select
            showSearch={PERSON_SEARCH}
            options={personOptions}
            loading={people.loading}
            placeholder="输入姓名查找"
            autoFocus={!incident}
          />
        </Form.Item>
      ) : (
        <Form.Item label="单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
          <UnitTreeSelect units={units} />
        </Form.Item>
      )}
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]} style={{ flex: 1 }}>
          <Select options={KIND_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="处理方式" name="handling" rules={[{ required: true, message: '请选择处理方式' }]} style={{ flex: 1 }}>
          <Select
            options={HANDLING_OPTIONS}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(h: Handling) => form.setFieldValue('impactMonths', HANDLINGS[h])}
          />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item label="时间" name="date" rules={[{ required: true, message: '请选择时间' }]} style={{ flex: 1 }}>
          <DatePicker allowClear={false} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {handling === UNTIL_CLOSED ? (
          <Form.Item label="影响期" style={{ flex: 1 }} extra="结案后在列表中登记结案日期">
            <Input value="至结案" disabled />
          </Form.Item>
        ) : (
          <Form.Item
            label="影响期"
            name="impactMonths"
            rules={[{ required: true, message: '请填写影响期' }]}
            style={{ flex: 1 }}
            extra="按处理方式预填，可以修改"
          >
            <InputNumber min={0} max={60} precision={0} suffix="个月" style={{ width: '100%' }} />
          </Form.Item>
        )}
      </div>
      <Form.Item label="事由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写事由' }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item label="文号" name="docNo">
        <Input maxLength={60} placeholder="如：医保发〔2025〕3号" />
      </Form.Item>
    </FormModal>
  );
}
