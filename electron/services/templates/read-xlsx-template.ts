import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { EDGE_STYLES, type EdgeStyle, type GridEdge } from '../../../shared/forms/grid-form';
import type { PageSpec, Paper } from '../../../shared/forms/print-html';
import type { FontSpec } from '../../../shared/forms/table-form';
import { cellAddress, type CellRange, type SheetExtras, type TemplateCell, type TemplateSheet } from '../../../shared/forms/template-sheet';
import { PAPER_CODES } from '../excel/styles';

/**
 * Reads a clerk's .xlsx form as it is laid out: every cell's text and style, merges, widths,
 * heights, page setup and print area (exceljs), and from the file itself what exceljs does not
 * keep: manual page breaks, pictures and text left under a merge. The caller has checked that the
 * bytes are a sound zip of a sensible size.
 */
export async function readXlsxTemplate(bytes: Uint8Array): Promise<{ sheet: TemplateSheet; extras: SheetExtras }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as never);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  const raw = rawSheet(new PizZip(bytes), ws.name);

  const cells: TemplateCell[] = [];
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) rowHeights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) {
        cells.push({ row: r, col: c, text: '', borders: borders(cell.border) });
        return;
      }
      const a = cell.alignment ?? {};
      const value = cell.value;
      const formula = value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
      cells.push({
        row: r,
        col: c,
        text: formula ? '' : cellText(value),
        ...(formula && {
          formula: String(
            (value as { formula?: string; sharedFormula?: string }).formula ?? (value as { sharedFormula: string }).sharedFormula,
          ),
        }),
        ...withFont(cell.font),
        ...(a.horizontal && ['left', 'center', 'right'].includes(a.horizontal) && { align: a.horizontal as 'left' | 'center' | 'right' }),
        ...(a.horizontal &&
          ['centerContinuous', 'distributed', 'justify', 'fill'].includes(a.horizontal) && {
            align: a.horizontal === 'centerContinuous' || a.horizontal === 'distributed' ? 'center' : 'left',
          }),
        ...(a.vertical && {
          valign: a.vertical === 'middle' || a.vertical === 'distributed' || a.vertical === 'justify' ? 'middle' : a.vertical,
        }),
        ...(a.wrapText && { wrap: true }),
        ...(a.textRotation === 'vertical' && { vertical: true }),
        ...fillOf(cell.fill),
        borders: borders(cell.border),
      });
    });
  });
  const columnWidths: Record<number, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    if (col.hidden) columnWidths[c] = 0;
    else if (col.width !== undefined) columnWidths[c] = col.width;
  }

  const pageProblems: string[] = [];
  // The sheet's usual font (exceljs gives every cell the font of its style, the workbook's default included).
  const defaultFont = mostCommon(cells.flatMap((c) => (c.font ? [c.font] : []))) ?? { name: '宋体', size: 11 };
  const sheet: TemplateSheet = {
    name: ws.name,
    columnWidths,
    rowHeights,
    defaultColumnWidth: ws.properties.defaultColWidth ?? 8.43,
    defaultRowHeight: ws.properties.defaultRowHeight ?? 15,
    defaultFont,
    merges: (ws.model.merges ?? []).map(parseRange).filter((m): m is CellRange => m !== null),
    cells,
    page: pageSpec(ws, raw.flags, pageProblems),
    printArea: printArea(ws.pageSetup.printArea, pageProblems),
    rowBreaks: raw.rowBreaks,
  };
  return {
    sheet,
    extras: {
      sheetNames: wb.worksheets.map((w) => w.name),
      drawings: raw.drawings,
      hiddenTexts: raw.cellTexts
        .filter((t) => sheet.merges.some((m) => coveredBy(m, t.row, t.col)))
        .map((t) => ({ address: cellAddress(t.row, t.col), text: t.text })),
      pageProblems,
    },
  };
}

function mostCommon(fonts: FontSpec[]): FontSpec | null {
  const counts = new Map<string, { font: FontSpec; n: number }>();
  for (const f of fonts) {
    const key = `${f.name}|${f.size}`;
    const entry = counts.get(key) ?? { font: { name: f.name, size: f.size }, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.font ?? null;
}

const coveredBy = (m: CellRange, row: number, col: number) =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function fontOf(f: Partial<ExcelJS.Font> | undefined): FontSpec | null {
  if (!f?.name && !f?.size) return null;
  return {
    name: f.name ?? '宋体',
    size: f.size ?? 11,
    ...(f.bold && { bold: true }),
    ...(f.italic && { italic: true }),
    ...(f.underline && f.underline !== 'none' && { underline: true }),
  };
}
const withFont = (f: Partial<ExcelJS.Font> | undefined) => {
  const font = fontOf(f);
  return font ? { font } : {};
};

function fillOf(fill: ExcelJS.Fill | undefined): { fill?: string } {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return {};
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) && argb.slice(2).toUpperCase() !== 'FFFFFF' ? { fill: argb.slice(2).toUpperCase() } : {};
}

function borders(b: Partial<ExcelJS.Borders> | undefined): Partial<Record<GridEdge, EdgeStyle>> {
  const out: Partial<Record<GridEdge, EdgeStyle>> = {};
  for (const e of ['top', 'right', 'bottom', 'left'] as const) {
    const style = b?.[e]?.style;
    if (style && (EDGE_STYLES as readonly string[]).includes(style)) out[e] = style as EdgeStyle;
  }
  return out;
}

const PAPERS = Object.fromEntries(Object.entries(PAPER_CODES).map(([p, code]) => [code, p as Paper]));
const CM_PER_INCH = 2.54;
const cm = (inches: number | undefined, fallback: number) => Math.round((inches ?? fallback) * CM_PER_INCH * 100) / 100;

/**
 * Switches of the page setup as the file has them: exceljs reads only "1" as true, but LibreOffice
 * (and some WPS versions) write "true".
 */
interface PageFlags {
  fitToPage: boolean;
  horizontalCentered: boolean;
  verticalCentered: boolean;
}

function pageSpec(ws: ExcelJS.Worksheet, flags: PageFlags, problems: string[]): PageSpec {
  const s = { ...ws.pageSetup, ...flags };
  const paper = s.paperSize === undefined ? 'A4' : PAPERS[s.paperSize];
  if (!paper)
    problems.push(`模板的纸张大小（Excel 纸张代码 ${s.paperSize}）不是 A4、A3 或 A5：请在“页面布局 → 纸张大小”中改为 A4 后再添加。`);
  const m = s.margins;
  const hf = ws.headerFooter ?? {};
  return {
    orientation: s.orientation === 'landscape' ? 'landscape' : 'portrait',
    paper: paper ?? 'A4',
    margins: { left: cm(m?.left, 0.7), right: cm(m?.right, 0.7), top: cm(m?.top, 0.75), bottom: cm(m?.bottom, 0.75) },
    footer: hf.oddFooter ?? '',
    ...(hf.oddHeader && { header: hf.oddHeader }),
    ...(s.fitToPage
      ? { fit: { width: s.fitToWidth !== 0, height: s.fitToHeight === 1 } }
      : { scale: Math.min(400, Math.max(10, s.scale ?? 100)) }),
    centered: { horizontally: Boolean(s.horizontalCentered), vertically: Boolean(s.verticalCentered) },
  };
}

/** 'A1:F20', '$A$1:$F$20' or 'Sheet1'!$A$1:$F$20 → the range; several areas are refused. */
function printArea(text: string | undefined, problems: string[]): CellRange | null {
  if (!text) return null;
  const areas = text.split(/&&|,/);
  if (areas.length > 1) problems.push('模板设置了多个打印区域：请在“页面布局 → 打印区域”中只保留表格所在的一个区域。');
  return parseRange(areas[0].replace(/^.*!/, '').replace(/\$/g, ''));
}

function parseRange(ref: string): CellRange | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const [top, left] = [Number(m[2]), columnNumber(m[1])];
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * What only the sheet's XML tells: its manual row breaks, whether it has a drawing (pictures,
 * text boxes, shapes, charts), and each cell's own text (exceljs drops the text of a cell under a
 * merge, which Excel keeps but never shows).
 */
function rawSheet(
  zip: PizZip,
  sheetName: string,
): { rowBreaks: number[]; drawings: number; cellTexts: { row: number; col: number; text: string }[]; flags: PageFlags } {
  const path = sheetPath(zip, sheetName);
  const xml = (path && zip.file(path)?.asText()) || '';
  const flag = (tag: string, name: string) => {
    const el = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
    return /^(1|true)$/i.test(new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1] ?? '');
  };
  const flags = {
    fitToPage: flag('pageSetUpPr', 'fitToPage'),
    horizontalCentered: flag('printOptions', 'horizontalCentered'),
    verticalCentered: flag('printOptions', 'verticalCentered'),
  };
  const rowBreaks = [
    ...(/<(?:\w+:)?rowBreaks[\s\S]*?<\/(?:\w+:)?rowBreaks>/.exec(xml)?.[0] ?? '').matchAll(/<(?:\w+:)?brk\b[^>]*\bid="(\d+)"/g),
  ].map((m) => Number(m[1]));
  const drawings =
    (/<(?:\w+:)?(drawing|legacyDrawing|picture)\b/.test(xml) ? 1 : 0) + zip.file(/^xl\/(media|drawings|charts)\/[^/]+$/).length;
  const strings = sharedStrings(zip);
  const cellTexts: { row: number; col: number; text: string }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const ref = /\br="([A-Z]+)(\d+)"/.exec(m[1]);
    if (!ref || !m[2]) continue;
    const type = /\bt="(\w+)"/.exec(m[1])?.[1];
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(m[2])?.[1];
    const text = type === 's' && v !== undefined ? (strings[Number(v)] ?? '') : type === 'inlineStr' ? xmlText(m[2]) : v ? decode(v) : '';
    if (text) cellTexts.push({ row: Number(ref[2]), col: columnNumber(ref[1]), text });
  }
  return { rowBreaks, drawings, cellTexts, flags };
}

/** The part holding the named sheet, through the workbook's relationships. */
function sheetPath(zip: PizZip, name: string): string | null {
  const book = zip.file('xl/workbook.xml')?.asText() ?? '';
  const rels = zip.file('xl/_rels/workbook.xml.rels')?.asText() ?? '';
  const sheet = [...book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => decode(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '') === name);
  const id = sheet && /\br:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = id && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function sharedStrings(zip: PizZip): string[] {
  const xml = zip.file('xl/sharedStrings.xml')?.asText() ?? '';
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => xmlText(m[1]));
}

/** The text of an <si> or <is>: its <t> runs (phonetic <rPh> runs left out). */
const xmlText = (xml: string) =>
  [...xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)]
    .map((m) => decode(m[1]))
    .join('');

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );
