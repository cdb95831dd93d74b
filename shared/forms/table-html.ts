import { headerCells, headerDepth, headerRowHeight, LINE_HEIGHTS, type FontSpec, type TableForm } from './table-form';

/**
 * The print view of a list form: the same layout as the workbook (fonts and sizes in pt, margins
 * in cm, column widths in the same proportions, the same line heights) as one HTML document for
 * A4. The header rows repeat on every page (thead) and the footer comes from the form's Excel
 * footer codes as CSS page-margin boxes. Every value is escaped; the page has no script.
 */
export function renderTableFormHtml<Row, Ctx>(form: TableForm<Row, Ctx>, rows: Row[], ctx: Ctx): string {
  const title = form.title(ctx);
  const totalWidth = form.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = form.columns.map((c) => `<col style="width:${((c.width / totalWidth) * 100).toFixed(2)}%">`).join('');

  const headerRows: string[] = [];
  for (const h of headerCells(form)) {
    const span = `${h.rowSpan > 1 ? ` rowspan="${h.rowSpan}"` : ''}${h.colSpan > 1 ? ` colspan="${h.colSpan}"` : ''}`;
    headerRows[h.row] = `${headerRows[h.row] ?? ''}<th${span}>${esc(h.text)}</th>`;
  }
  const body = rows.map((row, i) => `<tr>${form.columns.map((c) => `<td class="${c.align ?? 'left'}">${esc(c.value(row, i))}</td>`).join('')}</tr>`);
  if (form.total) {
    const { label, text } = form.total(rows, ctx);
    body.push(`<tr class="total"><td class="center">${esc(label)}</td><td class="left" colspan="${form.columns.length - 1}">${esc(text)}</td></tr>`);
  }
  const info = form.infoLine?.(ctx);
  const notes = form.notes?.(rows, ctx) ?? [];

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${pageCss(form)}
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
body { font: ${fontCss(form.fonts.body, BODY_FONTS)}; }
.title { font: ${fontCss(form.fonts.title, TITLE_FONTS)}; text-align: center; margin: 0; min-height: ${LINE_HEIGHTS.title}pt; line-height: ${LINE_HEIGHTS.title}pt; }
${form.subtitle ? `.subtitle { font: ${fontCss(form.subtitle.font, BODY_FONTS)}; text-align: center; margin: 0; line-height: ${LINE_HEIGHTS.subtitle}pt; }` : ''}
.info { font: ${fontCss(form.fonts.info, BODY_FONTS)}; display: flex; justify-content: space-between; gap: 2em; line-height: ${LINE_HEIGHTS.info}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 1pt 3pt; vertical-align: middle; line-height: 1.3; overflow-wrap: anywhere; }
th { font: ${fontCss(form.fonts.header, BODY_FONTS)}; text-align: center; height: ${headerRowHeight(headerDepth(form))}pt; }
td { height: ${form.rowHeight}pt; }
td.center { text-align: center; }
td.left { text-align: left; }
.note { margin: 0; min-height: ${LINE_HEIGHTS.note}pt; line-height: 1.6; white-space: pre-wrap; }
.note.right { text-align: right; }
</style>
</head>
<body>
<h1 class="title">${esc(title)}</h1>
${form.subtitle ? `<p class="subtitle">${esc(form.subtitle.text(ctx))}</p>` : ''}
${info ? `<div class="info"><span>${esc(info[0])}</span><span>${esc(info[1])}</span></div>` : ''}
<table>
<colgroup>${cols}</colgroup>
<thead>${headerRows.map((r) => `<tr>${r}</tr>`).join('')}</thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
${notes.map((n) => `<p class="note${n.align === 'right' ? ' right' : ''}">${esc(n.text)}</p>`).join('\n')}
</body>
</html>
`;
}

/** The official fonts first, then free CJK serif fonts, so no glyph prints as a box. */
const TITLE_FONTS = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'];
const BODY_FONTS = ['仿宋_GB2312', 'FangSong', '宋体', 'SimSun', 'Noto Serif CJK SC', 'serif'];
/** Other names a PC may know a form's font by. */
const ALIASES: Record<string, string[]> = {
  宋体: ['SimSun'],
  仿宋_GB2312: ['FangSong_GB2312', '仿宋', 'FangSong'],
  楷体_GB2312: ['KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  方正小标宋简体: ['FZXiaoBiaoSong-B05S'],
  黑体: ['SimHei'],
};
const GENERIC = new Set(['serif', 'sans-serif']);

/** The form's own font (and its aliases) before the fallbacks. */
function fontCss(f: FontSpec, fallbacks: string[]): string {
  const names = [...new Set([f.name, ...(ALIASES[f.name] ?? []), ...fallbacks])];
  return `${f.bold ? 'bold ' : ''}${f.size}pt ${names.map((n) => (GENERIC.has(n) ? n : cssString(n))).join(', ')}`;
}

function pageCss<Row, Ctx>(form: TableForm<Row, Ctx>): string {
  const m = form.page.margins;
  return `@page {
  size: A4 ${form.page.orientation};
  margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm;
${footerBoxes(form.page.footer, fontCss({ ...form.fonts.body, bold: false }, BODY_FONTS))}
}`;
}

const BOXES = { L: 'bottom-left', C: 'bottom-center', R: 'bottom-right' } as const;

/**
 * Excel footer codes → page-margin boxes: &L &C &R start a section (text before any is centred),
 * &P is the page number, &N the page count, && an ampersand. Font codes are not used by our forms.
 */
function footerBoxes(footer: string, font: string): string {
  const sections = `${/^&[LCR]/.test(footer) ? '' : '&C'}${footer}`.split(/(?=&[LCR])/);
  return sections
    .map((s) => {
      const parts = s
        .slice(2)
        .split(/(&[PN&])/)
        .filter(Boolean)
        .map((p) => (p === '&P' ? 'counter(page)' : p === '&N' ? 'counter(pages)' : cssString(p === '&&' ? '&' : p)));
      return parts.length ? `  @${BOXES[s[1] as keyof typeof BOXES]} { content: ${parts.join(' ')}; font: ${font}; }` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** A CSS string literal that cannot end the string or the style element. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(v: string | number | null): string {
  return v === null ? '' : String(v).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
