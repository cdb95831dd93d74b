import { cellText, type Cell } from '../excel/cells';
import { toHalfWidth } from '../text/normalize';
import { fromExcelSerial, parseYearMonth, toIsoDate } from '../text/ym-date';

/** A value read from one cell, or why it cannot be used. */
export type Read<T> = { ok: true; value: T | null; warning?: string } | { ok: false; message: string };

/** Trimmed text (full-width spaces too); line breaks inside a cell become spaces. */
export function readText(cell: Cell | null): string | null {
  const t = cellText(cell)
    .replace(/[\r\n]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return t === '' ? null : t;
}

/** Names are often padded for alignment ("王  五"); no Chinese name has inner spaces. */
export function readName(cell: Cell | null): string | null {
  const t = readText(cell);
  return t === null ? null : t.replace(/[\s\u3000]+/g, '');
}

/** 'YYYY.MM' from any form a roster uses (DOMAIN.md §6); a WPS-mangled 1985.1 is an error, never a guess. */
export function readYearMonth(cell: Cell | null): Read<string> {
  if (!cell) return { ok: true, value: null };
  const r =
    cell.kind === 'date'
      ? parseYearMonth(cell.iso)
      : cell.kind === 'number'
        ? parseYearMonth(cell.num, { numeric: true })
        : parseYearMonth(toHalfWidth(cellText(cell)));
  return r.ok ? { ok: true, value: r.value } : { ok: false, message: r.message };
}

/** Maps a value through a synonym table (keys compared without spaces, ASCII/full-width parentheses alike). */
export function readCode<T extends string>(cell: Cell | null, table: Record<string, T>, what: string, allowed: readonly string[]): Read<T> {
  const t = readText(cell);
  if (t === null) return { ok: true, value: null };
  const hit = normalizedTable(table).get(normalizeCode(t));
  if (hit) return { ok: true, value: hit as T };
  return { ok: false, message: `${what}“${t}”不在可选范围内（可填：${allowed.join('、')}）` };
}

const tables = new WeakMap<object, Map<string, string>>();
function normalizedTable(table: Record<string, string>): Map<string, string> {
  let m = tables.get(table);
  if (!m) tables.set(table, (m = new Map(Object.entries(table).map(([k, v]) => [normalizeCode(k), v]))));
  return m;
}

export function normalizeCode(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** A calendar date 'YYYY-MM-DD' from a date cell, an Excel serial or text like 2025.02.14 / 2025年2月14日. */
export function readDate(cell: Cell | null): Read<string> {
  if (!cell) return { ok: true, value: null };
  if (cell.kind === 'date') return { ok: true, value: cell.iso };
  if (cell.kind === 'number') {
    if (cell.num >= 1 && cell.num < 80_000) {
      const { y, m, d } = fromExcelSerial(cell.num);
      return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
    }
    const r = toIsoDate(String(cell.num));
    return r.ok ? r : { ok: false, message: r.message };
  }
  const r = toIsoDate(toHalfWidth(cellText(cell)));
  return r.ok ? r : { ok: false, message: r.message };
}

/** A whole number (e.g. 影响期 in months) from a number or text cell; blank → null. */
export function readCount(cell: Cell | null, what: string, max: number): Read<number> {
  const t = readText(cell);
  if (t === null) return { ok: true, value: null };
  const n = cell?.kind === 'number' ? cell.num : Number(toHalfWidth(t).replace(/个?月$/, ''));
  if (!Number.isInteger(n) || n < 0 || n > max) return { ok: false, message: `${what}“${t}”应为0到${max}之间的整数` };
  return { ok: true, value: n };
}
