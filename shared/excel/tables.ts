import { squeezeLabel } from '../text/normalize';
import { cellAt, cellText, type Cell, type CellRange, type SheetGrid } from './cells';
import { compileFieldMap, labelKey, specsFor, type CompiledFieldMap, type FieldMap } from './field-map';

export interface DetectedColumn<K extends string> {
  key: K;
  col: number;
  /** The header text as printed (for messages: 第5行“出生年月”列). */
  label: string;
}

/** A header cell no field claimed: listed for the clerk (未使用的列) with a value from under it. */
export interface UnusedColumn {
  col: number;
  /** The header text without padding; a column under a group reads “全日制教育/学历”. */
  label: string;
  sample: string | null;
}

export interface DataRow<K extends string> {
  /** 0-based row index; Excel shows r + 1. */
  r: number;
  /** Unit named by the nearest heading row above (the 干部名册 layout), if any. */
  heading: string | null;
  cells: Map<K, Cell | null>;
}

export interface TableBlock<K extends string> {
  headerTop: number;
  headerBottom: number;
  columns: DetectedColumn<K>[];
  unused: UnusedColumn[];
  rows: DataRow<K>[];
}

const TOTAL = /^(合计|小计|总计|共计)/;
const NOTE = /^(备注|注|说明|填表说明|附注|附件)[:：\d]/;
const TITLE = /(名册|信息表|登记表|统计表|一览表|汇总表|情况表|名单|花名)/;
const META = /^(填报|截至|截止|制表|审核|单位[:：]|日期[:：])/;

/**
 * Finds every table in a sheet: a one- or two-row header recognised by the field map (titles,
 * 填报单位 lines and blank rows above it are passed over), then its data rows up to the next
 * header. Heading rows (one text across the table, e.g. 局机关) set the unit for the rows below.
 * 合计, 备注 and blank rows are not data, nor is a row whose only values sit in columns no field
 * claims (the hidden 单位归口 “2” the Insigma 名册 leaves under its header). Every header cell is
 * either a column of the map or listed as unused, with a sample value.
 */
export function findTables<K extends string>(sheet: SheetGrid, fieldMap: FieldMap<K>): TableBlock<K>[] {
  const map = compileFieldMap(fieldMap);
  const merges = mergeIndex(sheet);
  // Label words per row, counted once: every row is also looked at as the second row of a header.
  const counted: number[] = [];
  const words = (r: number) => (counted[r] ??= labelWords(sheet, r, map));
  const blocks: TableBlock<K>[] = [];
  let current: TableBlock<K> | null = null;
  let heading: string | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const header = readHeader(sheet, r, map, merges, words);
    // A 填报单位 line or a unit banner above the real header can pair with it as a fake group
    // row; the real header starts where the match is at least as good one row further down.
    const next = header ? readHeader(sheet, r + 1, map, merges, words) : null;
    if (header && !(next && next.columns.length >= header.columns.length)) {
      // A heading line right above a header (干部名册: 局机关 / 医疗保障事业管理中心) names the unit.
      if (r > 0) {
        const above = headingText(rowTexts(sheet, r - 1, merges));
        if (above !== null) heading = above;
      }
      current = { headerTop: r, headerBottom: header.bottom, columns: header.columns, unused: header.unused, rows: [] };
      blocks.push(current);
      r = header.bottom;
      continue;
    }
    if (!current) continue;
    const texts = rowTexts(sheet, r, merges);
    if (texts.length === 0) continue;
    const first = squeezeLabel(texts[0]);
    if (TOTAL.test(first) || NOTE.test(first)) continue;
    const h = headingText(texts);
    if (h !== null && isHeading(sheet, r, h, merges)) {
      heading = h;
      continue;
    }
    const cells = new Map<K, Cell | null>();
    let values = 0;
    for (const c of current.columns) {
      const cell = dataCell(sheet, r, c.col, merges);
      cells.set(c.key, cell);
      if (cell && cellText(cell).trim() !== '') values++;
    }
    if (values > 0) current.rows.push({ r, heading, cells });
  }
  for (const block of blocks) for (const u of block.unused) u.sample = sampleOf(sheet, block, u.col, merges);
  return blocks;
}

/** The first value under a column, as the clerk would see it. */
function sampleOf<K extends string>(sheet: SheetGrid, block: TableBlock<K>, col: number, merges: MergeIndex): string | null {
  for (const row of block.rows) {
    const t = cellText(dataCell(sheet, row.r, col, merges)).trim();
    if (t) return t.length > 30 ? `${t.slice(0, 30)}…` : t;
  }
  return null;
}

/** Merged areas by the rows they cover: a 干部名册 of a thousand blocks has thousands of them. */
type MergeIndex = Map<number, CellRange[]>;

function mergeIndex(sheet: SheetGrid): MergeIndex {
  const byRow: MergeIndex = new Map();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return byRow;
}

function mergeAtRow(merges: MergeIndex, r: number, c: number): CellRange | null {
  return merges.get(r)?.find((m) => c >= m.left && c <= m.right) ?? null;
}

/**
 * A data cell; one below the top of a merged area (单位 merged down a group of people) takes the
 * area's value. Cells to the right in a merge stay empty, so a value is never read twice.
 */
function dataCell(sheet: SheetGrid, r: number, c: number, merges: MergeIndex): Cell | null {
  const m = mergeAtRow(merges, r, c);
  if (m && (m.left !== c || m.top !== r)) return m.left === c ? cellAt(sheet, m.top, m.left) : null;
  return cellAt(sheet, r, c);
}

interface HeaderMatch<K extends string> {
  bottom: number;
  columns: DetectedColumn<K>[];
  unused: UnusedColumn[];
}

function readHeader<K extends string>(
  sheet: SheetGrid,
  r: number,
  map: CompiledFieldMap<K>,
  merges: MergeIndex,
  words: (r: number) => number,
): HeaderMatch<K> | null {
  if (words(r) + words(r + 1) < map.map.minColumns) return null; // a data row
  const one = matchColumns(sheet, r, r, map, merges);
  const two = r + 1 < sheet.rows.length ? matchColumns(sheet, r, r + 1, map, merges) : null;
  const best = two && two.columns.length > one.columns.length ? { bottom: r + 1, ...two } : { bottom: r, ...one };
  const keys = new Set(best.columns.map((c) => c.key));
  if (keys.size < map.map.minColumns || !map.map.required.every((k) => keys.has(k))) return null;
  return best;
}

function labelWords<K extends string>(sheet: SheetGrid, r: number, map: CompiledFieldMap<K>): number {
  let n = 0;
  for (const cell of sheet.rows[r] ?? []) {
    if (cell?.kind !== 'text' || cell.text.length > 40) continue;
    // Most labels come unpadded; only squeeze text that has spaces, line breaks or parentheses to change.
    if (map.words.has(cell.text) || (/[\s\u3000⏎()]/.test(cell.text) && map.words.has(labelKey(cell.text)))) n++;
  }
  return n;
}

/** Columns recognised, and header cells left over, when rows top..bottom are read as the header. */
function matchColumns<K extends string>(
  sheet: SheetGrid,
  top: number,
  bottom: number,
  map: CompiledFieldMap<K>,
  merges: MergeIndex,
): { columns: DetectedColumn<K>[]; unused: UnusedColumn[] } {
  const width = Math.max(sheet.rows[top]?.length ?? 0, sheet.rows[bottom]?.length ?? 0);
  const labels: { c: number; label: string; group: string | null }[] = [];
  for (let c = 0; c < width; c++) {
    let group: string | null = null;
    let label: string;
    if (bottom === top) {
      const m = mergeAtRow(merges, top, c);
      if (m && m.left !== c && m.top === top) continue; // the rest of a merged label
      label = cellText(cellAt(sheet, top, c));
    } else {
      const m = mergeAtRow(merges, top, c);
      const topText = cellText(m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, top, c));
      const spansBoth = m ? m.bottom >= bottom && m.top <= top : false;
      const lower = cellText(cellAt(sheet, bottom, c));
      if (spansBoth || !lower.trim()) {
        if (m && m.left !== c) continue;
        label = topText;
      } else {
        group = topText.trim() ? topText : null;
        label = lower;
      }
    }
    if (label.trim()) labels.push({ c, label, group });
  }
  // Columns the clerk mapped claim their field first; the others then take what is left, left to right.
  const used = new Set<K>();
  const claim = new Map<number, K>();
  for (const pass of [true, false]) {
    for (const { c, label, group } of labels) {
      if (claim.has(c)) continue;
      const spec = specsFor(map, label, group).find((f) => !used.has(f.key) && Boolean(f.chosen) === pass);
      if (!spec) continue;
      used.add(spec.key);
      claim.set(c, spec.key);
    }
  }
  const found: DetectedColumn<K>[] = [];
  const unused: UnusedColumn[] = [];
  for (const { c, label, group } of labels) {
    const shown = squeezeLabel(group ? `${group}/${label}` : label);
    const key = claim.get(c);
    if (key === undefined) unused.push({ col: c, label: shown, sample: null });
    else found.push({ key, col: c, label: shown });
  }
  return { columns: found, unused };
}

/** The texts of a row, left to right, leaving out cells a merged area covers (read from its top-left). */
function rowTexts(sheet: SheetGrid, r: number, merges: MergeIndex): string[] {
  const out: string[] = [];
  const row = sheet.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]).trim();
    if (!t) continue;
    const m = mergeAtRow(merges, r, c);
    if (m && (m.left !== c || m.top !== r)) continue;
    out.push(t);
  }
  return out;
}

/**
 * One text on the line (a merged banner or a lone cell) that is not a title, total or note. The
 * Insigma 名册 repeats the unit's full name in a second cell of its banner (铜仁市委 … 贵州省铜仁市委):
 * further texts that contain the first are the same heading.
 */
function headingText(texts: string[]): string | null {
  if (texts.length === 0) return null;
  const first = texts[0].replace(/\s+/g, '');
  for (let i = 1; i < texts.length; i++) if (!texts[i].replace(/\s+/g, '').includes(first)) return null;
  const t = squeezeLabel(first);
  if (TITLE.test(t) || META.test(t) || TOTAL.test(t) || NOTE.test(t) || t.length > 40) return null;
  return first;
}

const UNIT_NAME = /(局|机关|中心|科|室|股|站|所|院|队|处|办|委|部|组)$/;

/** A lone text is a heading when it spans the table (merged) or reads like a unit's name. */
function isHeading(sheet: SheetGrid, r: number, text: string, merges: MergeIndex): boolean {
  const c = (sheet.rows[r] ?? []).findIndex((x) => cellText(x).trim() !== '');
  const m = mergeAtRow(merges, r, c);
  return (m !== null && m.right - m.left >= 2) || UNIT_NAME.test(text);
}
