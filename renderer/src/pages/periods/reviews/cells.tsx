import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { GRADES, GRADE_LABELS, type Grade } from '@shared/domain/grade';
import { cellKeys } from './grid-keys';

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

const NOT_A_NUMBER = '分数应是 0—100 的数字';

/**
 * 分数 0–100 in a plain field (rows of the big list stay light). Text that is not a number stays
 * in the cell, marked, and is not saved; a number out of range goes to the service, which refuses
 * it in Chinese. ↑/↓ move rows instead of stepping.
 */
export function ScoreCell({ value, disabled, onSave }: CellProps<number | null>) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [invalid, setInvalid] = useState(false);
  const { commit: save } = useDraft(value, onSave);
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const commit = () => {
    const t = text.trim();
    const n = t === '' ? null : Number(t);
    const bad = n !== null && !Number.isFinite(n);
    setInvalid(bad);
    if (!bad) save(n);
  };
  return (
    <span data-cell="score" onKeyDownCapture={(e) => cellKeys(e, commit)}>
      <input
        className={invalid ? 'cell-input invalid' : 'cell-input'}
        aria-label="分数"
        aria-invalid={invalid || undefined}
        title={invalid ? NOT_A_NUMBER : undefined}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        disabled={disabled}
        placeholder="0—100"
      />
    </span>
  );
}

/** The grade keys, labelled: typing 1–4 in the cell chooses. */
export const GRADE_KEY_LABELS = GRADES.map((g, i) => `${i + 1} ${GRADE_LABELS[g]}`).join(' ');

/**
 * 拟评等次: a plain list “1 好 … 4 较差”; typing the digit chooses, saved at once. The digit is
 * read here, not left to the browser's type-ahead, which ignores a second key typed within a second
 * (3 then 2 to correct it would stay 一般).
 */
export function GradeCell({ value, disabled, onSave }: CellProps<Grade | null>) {
  const { draft, setDraft, commit } = useDraft(value, onSave);
  const choose = (g: Grade | null) => {
    setDraft(g);
    commit(g);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    const g = GRADES[Number(e.key) - 1];
    if (!g || e.ctrlKey || e.altKey || e.metaKey) return;
    e.preventDefault();
    choose(g);
  };
  return (
    <span data-cell="proposed" onKeyDownCapture={(e) => cellKeys(e)}>
      <select
        className="cell-input"
        aria-label="拟评等次"
        title={GRADE_KEY_LABELS}
        value={draft ?? ''}
        onChange={(e) => choose((e.target.value || null) as Grade | null)}
        onKeyDown={onKeyDown}
        disabled={disabled}
      >
        <option value="">—</option>
        {GRADES.map((g, i) => (
          <option key={g} value={g}>
            {i + 1} {GRADE_LABELS[g]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** 评鉴意见: saved on leaving the cell or Enter. */
export function CommentCell({ value, disabled, onSave }: CellProps<string | null>) {
  const { draft, setDraft, commit } = useDraft(value ?? '', (v) => onSave(v.trim() || null));
  return (
    <span data-cell="comment" onKeyDownCapture={(e) => cellKeys(e, commit)}>
      <input
        className="cell-input"
        aria-label="评鉴意见"
        value={draft}
        title={draft || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit()}
        disabled={disabled}
        maxLength={1000}
      />
    </span>
  );
}
