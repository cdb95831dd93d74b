import { Input, InputNumber, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { GRADES, GRADE_LABELS, type Grade } from '@shared/domain/grade';
import { cellKeys, focusCell } from './grid-keys';

interface CellProps<T> {
  value: T;
  disabled: boolean;
  onSave: (value: T) => void;
}

/**
 * What the cell shows while the clerk types, and saving it once: a value goes to the service only
 * when it differs from what the cell was last given or sent. A new value from the service (after a
 * save or an import) replaces the text.
 */
function useDraft<T>(value: T, onSave: (v: T) => void) {
  const [draft, setDraft] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    setDraft(value);
    sent.current = value;
  }, [value]);
  const commit = (v: T = draft) => {
    if (v === sent.current) return;
    sent.current = v;
    onSave(v);
  };
  return { draft, setDraft, commit };
}

/** 分数 0–100 (the service refuses anything else, in Chinese); ↑/↓ move rows instead of stepping. */
export function ScoreCell({ value, disabled, onSave }: CellProps<number | null>) {
  const { draft, setDraft, commit } = useDraft(value, onSave);
  return (
    <div data-cell="score" onKeyDownCapture={(e) => cellKeys(e, commit)}>
      <InputNumber
        aria-label="分数"
        value={draft}
        onChange={setDraft}
        onBlur={() => commit()}
        disabled={disabled}
        controls={false}
        style={{ width: '100%' }}
      />
    </div>
  );
}

/** Typing filters the grades: 1–4, the grade, or its pinyin initials (h 好, jh 较好, yb 一般, jc 较差). */
const INITIALS: Record<Grade, string> = { good: 'h hao', fair: 'jh jiaohao', average: 'yb yiban', poor: 'jc jiaocha' };
const GRADE_OPTIONS = GRADES.map((g, i) => ({ value: g, label: GRADE_LABELS[g], search: `${i + 1} ${GRADE_LABELS[g]} ${INITIALS[g]}` }));

/** 拟评等次: saved when chosen, then on to the next cell. While the list is open its own keys apply. */
export function GradeCell({ value, disabled, onSave }: CellProps<Grade | null>) {
  const { draft, setDraft, commit } = useDraft(value, onSave);
  const open = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  const choose = (g: Grade | undefined) => {
    setDraft(g ?? null);
    commit(g ?? null);
    if (g) setTimeout(() => box.current && focusCell(box.current, 'next'));
  };
  return (
    <div data-cell="proposed" ref={box} onKeyDownCapture={(e) => !open.current && cellKeys(e)}>
      <Select
        aria-label="拟评等次"
        value={draft ?? undefined}
        onChange={choose}
        onOpenChange={(o) => (open.current = o)}
        options={GRADE_OPTIONS}
        showSearch={{ optionFilterProp: 'search' }}
        allowClear
        disabled={disabled}
        placeholder={disabled ? undefined : '1–4'}
        style={{ width: '100%' }}
      />
    </div>
  );
}

/** 评鉴意见: saved on leaving the cell or Enter. */
export function CommentCell({ value, disabled, onSave }: CellProps<string | null>) {
  const { draft, setDraft, commit } = useDraft(value ?? '', (v) => onSave(v.trim() || null));
  return (
    <div data-cell="comment" onKeyDownCapture={(e) => cellKeys(e, commit)}>
      <Input
        aria-label="评鉴意见"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit()}
        disabled={disabled}
        maxLength={1000}
      />
    </div>
  );
}
