import { Button, DatePicker, Form, Input, Typography, type GetRef, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { PeriodSummary, WorkRecordRow } from '@shared/api/appraisal-schemas';
import { useAction } from '../../../hooks/useAction';
import { toIso } from '../../../lib/dates';
import { parsePeriodDate } from './record-date';
import './record-entry.css';

interface Values {
  date?: Dayjs | null;
  content?: string;
  progress?: string;
  note?: string;
}

interface Props {
  period: PeriodSummary;
  personId: string;
  /** The record being changed; null while adding. */
  editing: WorkRecordRow | null;
  onSaved: (r: WorkRecordRow) => void;
  onCancelEdit: () => void;
}

/**
 * The entry line for typing 工作纪实 from paper without the mouse: date (0214 or 2025-02-14),
 * Enter or Tab → 工作内容 → 完成情况 → 备注; Enter anywhere adds the entry and goes back to the
 * date, which keeps its value (type over it for the next day). Esc leaves a change.
 */
export function RecordEntry({ period, personId, editing, onSaved, onCancelEdit }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy, error } = useAction(true);
  const picker = useRef<GetRef<typeof DatePicker>>(null);
  const content = useRef<InputRef>(null);

  const focusDate = () => {
    const input = picker.current?.nativeElement.querySelector('input');
    input?.focus();
    input?.select();
  };
  useEffect(focusDate, [personId]);
  useEffect(() => {
    if (!editing) return;
    form.setFieldsValue({
      date: dayjs(editing.date),
      content: editing.content,
      progress: editing.progress ?? '',
      note: editing.note ?? '',
    });
    focusDate();
  }, [editing, form]);

  /**
   * Takes what was typed in the date box; false when it is not a date of this period. A wrong date
   * stays in the box, marked, while the cursor is there; on leaving it the box is emptied so that
   * no earlier date is used by mistake. A whole date in the box's own format (2026-12-20) out of
   * range is emptied at once: the picker puts the last good date back in its place, and the next
   * Enter would file the entry under that. The reason names what was typed.
   */
  const today = dayjs().format('YYYY-MM-DD');
  const takeDate = (text: string, leaving: boolean): boolean => {
    if (!text.trim()) return true; // the required rule speaks when adding
    const r = parsePeriodDate(text, period, today);
    const reverted = /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
    if (r.ok || leaving || reverted) form.setFieldValue('date', r.ok ? dayjs(r.value) : null);
    form.setFields([{ name: 'date', errors: r.ok ? [] : [`“${text.trim()}”：${r.message}`] }]);
    return r.ok;
  };
  /**
   * Enter: a good date goes on to 工作内容, after a wrong one the cursor stays to correct it. Tab
   * always moves on (the keyboard is never trapped), the reason shown under the box.
   */
  const onDateKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Tab') {
      takeDate((e.target as HTMLInputElement).value, true);
      return;
    }
    if (e.key !== 'Enter') return;
    const ok = takeDate((e.target as HTMLInputElement).value, false);
    e.preventDefault();
    if (ok) content.current?.focus();
  };

  const clear = () => form.setFieldsValue({ content: '', progress: '', note: '' });
  const submit = async (v: Values) => {
    const input = {
      periodId: period.id,
      personId,
      id: editing?.id,
      date: toIso(v.date!),
      content: v.content ?? '',
      progress: v.progress?.trim() || null,
      note: v.note?.trim() || null,
    };
    const saved = await run('records:save', input, { form });
    if (!saved) return;
    clear();
    onSaved(saved);
    focusDate();
  };
  const cancel = () => {
    clear();
    onCancelEdit();
    focusDate();
  };

  return (
    <>
      <Form
        form={form}
        name="record-entry"
        layout="inline"
        onFinish={submit}
        onKeyDown={(e) => editing && e.key === 'Escape' && cancel()}
        style={{
          flexWrap: 'nowrap',
          alignItems: 'flex-start',
          gap: 4,
          padding: 6,
          background: editing ? '#fffbe6' : '#fafafa',
          border: '1px solid #f0f0f0',
        }}
      >
        <Form.Item
          name="date"
          className="record-date"
          rules={[{ required: true, message: '请填写日期' }]}
          style={{ width: 130, marginInlineEnd: 0 }}
        >
          <DatePicker
            ref={picker}
            aria-label="日期"
            placeholder="日期，如 0214"
            format="YYYY-MM-DD"
            minDate={dayjs(period.start)}
            maxDate={dayjs(period.end < today ? period.end : today)}
            defaultPickerValue={dayjs(period.start)}
            allowClear={false}
            onKeyDown={onDateKey}
            onBlur={(e) => takeDate((e.target as HTMLInputElement).value, true)}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="content"
          rules={[{ required: true, whitespace: true, message: '请填写工作内容' }]}
          style={{ flex: 1, marginInlineEnd: 0 }}
        >
          <Input ref={content} aria-label="工作内容" placeholder="工作内容（事项）" maxLength={1000} />
        </Form.Item>
        <Form.Item name="progress" style={{ width: 170, marginInlineEnd: 0 }}>
          <Input aria-label="完成情况" placeholder="完成情况，如 已完成" maxLength={300} />
        </Form.Item>
        <Form.Item name="note" style={{ width: 130, marginInlineEnd: 0 }}>
          <Input aria-label="备注" placeholder="备注" maxLength={300} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} title="Enter">
          {editing ? '保存修改' : '添加'}
        </Button>
        {editing && (
          <Button onClick={cancel} title="Esc">
            取消
          </Button>
        )}
      </Form>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </>
  );
}
