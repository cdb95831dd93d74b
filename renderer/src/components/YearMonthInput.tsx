import { Input } from 'antd';
import type { FocusEvent } from 'react';
import { parseYearMonth } from '@shared/text/ym-date';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: (e: FocusEvent<HTMLInputElement>) => void;
}

/** 出生年月 and the like: accepts “1985.3”, “1985-03”, “1985年3月” … and shows “1985.03” after leaving the field. */
export function YearMonthInput({ value, onChange, onBlur, id }: Props) {
  return (
    <Input
      id={id}
      value={value ?? ''}
      placeholder="如 1985.03"
      maxLength={16}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const r = parseYearMonth(value ?? '');
        if (r.ok && (r.value ?? '') !== (value ?? '')) onChange?.(r.value ?? '');
        onBlur?.(e);
      }}
    />
  );
}

/** Form rule: a blank or readable year-month; otherwise parseYearMonth's own Chinese message. */
export const yearMonthRule = {
  validator: (_: unknown, value: string | undefined) => {
    const r = parseYearMonth(value ?? '');
    return r.ok ? Promise.resolve() : Promise.reject(new Error(r.message));
  },
};
