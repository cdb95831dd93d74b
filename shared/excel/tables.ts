import { squeezeLabel } from '../text/normalize';
import { cellAt, cellText, mergeAt, type Cell, type SheetGrid } from './cells';
import { compileFieldMap, specsFor, type CompiledFieldMap, type FieldMap } from './field-map';

export interface DetectedColumn<K extends string> {
  key: K;
  col: number;
  /** The header text as printed (for messages: 第5行“出生年月”列). */
  label: string;
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
 * 合计, 备注 and blank rows are not data.
 */
export function findTables<K extends string>(sheet: SheetGrid, fieldMap: FieldMap<K>): TableBlock<K>[] {
  const map = compileFieldMap(fieldMap);
  const blocks: TableBlock<K>[] = [];
  let current: TableBlock<K> | null = null;
  let heading: string | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const header = readHeader(sheet, r, map);
    // A 填报单位 line or a unit banner above the real header can pair with it as a fake group
    // row; the real header starts where the match is at least as good one row further down.
    const next = header ? readHeader(sheet, r + 1, map) : null;
    if (header && !(next && next.columns.length >= header.columns.length)) {
      // A heading line right above a header (干部名册: 局机关 / 医疗保障事业管理中心) names the unit.
      if (r > 0) {
        const above = headingText(sheet, r - 1);
        if (above !== null) heading = above;
      }
      current = { headerTop: r, headerBottom: header.bottom, columns: header.columns, rows: [] };
      blocks.push(current);
      r = header.bottom;
      continue;
    }
    if (!current) continue;
    const texts = rowTexts(sheet, r);
    if (texts.length === 0) continue;
    const first = squeezeLabel(texts[0]);
    if (TOTAL.test(first) || NOTE.test(first)) continue;
    const h = headingText(sheet, r);
    if (h !== null && isHeading(sheet, r, h)) {
      heading = h;
      continue;
    }
    const cells = new Map<K, Cell | null>();
    for (const c of current.columns) cells.set(c.key, dataCell(sheet, r, c.col));
    current.rows.push({ r, heading, cells });
  }
  return blocks;
}

/**
 * A data cell; one below the top of a merged area (单位 merged down a group of people) takes the
 * area's value. Cells to the right in a merge stay empty, so a value is never read twice.
 */
function dataCell(sheet: SheetGrid, r: number, c: number): Cell | null {
  const own = cellAt(sheet, r, c);
  if (own) return own;
  const m = mergeAt(sheet, r, c);
  return m && m.left === c && m.top < r ? cellAt(sheet, m.top, m.left) : null;
}

function readHeader<K extends string>(
  sheet: SheetGrid,
  r: number,
  map: CompiledFieldMap<K>,
): { bottom: number; columns: DetectedColumn<K>[] } | null {
  if (labelWords(sheet, r, map) + labelWords(sheet, r + 1, map) < map.map.minColumns) return null; // a data row
  const one = matchColumns(sheet, r, r, map);
  const two = r + 1 < sheet.rows.length ? matchColumns(sheet, r, r + 1, map) : [];
  const best = two.length > one.length ? { bottom: r + 1, columns: two } : { bottom: r, columns: one };
  const keys = new Set(best.columns.map((c) => c.key));
  if (keys.size < map.map.minColumns || !map.map.required.every((k) => keys.has(k))) return null;
  return best;
}

function labelWords<K extends string>(sheet: SheetGrid, r: number, map: CompiledFieldMap<K>): number {
  let n = 0;
  for (const cell of sheet.rows[r] ?? []) {
    if (cell?.kind !== 'text' || cell.text.length > 40) continue;
    // Most labels come unpadded; only squeeze text that has spaces or line breaks to remove.
    if (map.words.has(cell.text) || (/[\s\u3000⏎]/.test(cell.text) && map.words.has(squeezeLabel(cell.text)))) n++;
  }
  return n;
}

/** Columns recognised when rows top..bottom are read as the header. */
function matchColumns<K extends string>(sheet: SheetGrid, top: number, bottom: number, map: CompiledFieldMap<K>): DetectedColumn<K>[] {
  const width = Math.max(sheet.rows[top]?.length ?? 0, sheet.rows[bottom]?.length ?? 0);
  const found: DetectedColumn<K>[] = [];
  const used = new Set<K>();
  for (let c = 0; c < width; c++) {
    let group: string | null = null;
    let label: string;
    if (bottom === top) {
      const m = mergeAt(sheet, top, c);
      if (m && m.left !== c && m.top === top) continue; // the rest of a merged label
      label = cellText(cellAt(sheet, top, c));
    } else {
      const m = mergeAt(sheet, top, c);
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
    if (!label.trim()) continue;
    const spec = specsFor(map, label, group).find((f) => !used.has(f.key));
    if (!spec) continue;
    used.add(spec.key);
    found.push({ key: spec.key, col: c, label: squeezeLabel(group ? `${group}/${label}` : label) });
  }
  return found;
}

function rowTexts(sheet: SheetGrid, r: number): string[] {
  return (sheet.rows[r] ?? []).map((c) => cellText(c).trim()).filter(Boolean);
}

/** One text on the line (a merged banner or a lone cell) that is not a title, total or note. */
function headingText(sheet: SheetGrid, r: number): string | null {
  const texts = rowTexts(sheet, r);
  if (texts.length !== 1) return null;
  const t = squeezeLabel(texts[0]);
  if (TITLE.test(t) || META.test(t) || TOTAL.test(t) || NOTE.test(t) || t.length > 40) return null;
  return texts[0].replace(/\s+/g, '');
}

const UNIT_NAME = /(局|机关|中心|科|室|股|站|所|院|队|处|办|委|部|组)$/;

/** A lone text is a heading when it spans the table (merged) or reads like a unit's name. */
function isHeading(sheet: SheetGrid, r: number, text: string): boolean {
  const c = (sheet.rows[r] ?? []).findIndex((x) => cellText(x).trim() !== '');
  const m = mergeAt(sheet, r, c);
  return (m !== null && m.right - m.left >= 2) || UNIT_NAME.test(text);
}
