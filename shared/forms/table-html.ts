import { BODY_FONTS, esc, fontCss, printDocument, TITLE_FONTS } from './print-html';
import { charsToPt } from './grid-form';
import { headerCells, headerDepth, headerRowHeight, LINE_HEIGHTS, sectionRuns, type TableCopy, type TableForm } from './table-form';

/**
 * The print view of a list form: the same layout as the workbook (fonts and sizes in pt, margins
 * in cm, column widths in the same proportions, the same line heights) as one HTML document for
 * A4. The header rows repeat on every page (thead) and the footer comes from the form's Excel
 * footer codes as CSS page-margin boxes. Every value is escaped; the page has no script.
 * Several filled copies (one per person and week, one per staff group …) make one document, each
 * on new pages; they share the first copy's page setup and fonts.
 */
export function renderTableFormHtml(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each copy brings its own row and context types
  copies: TableCopy<any, any>[],
  title?: string,
  fontFaces?: string,
): string {
  const form = copies[0]?.form;
  if (!form) throw new RangeError('a print view needs at least one copy');
  const f = form.fonts;
  const css = `body { font: ${fontCss(f.body)}; }
.title { font: ${fontCss(f.title, TITLE_FONTS)}; text-align: center; margin: 0; min-height: ${LINE_HEIGHTS.title}pt; line-height: ${LINE_HEIGHTS.title}pt; }
${form.subtitle ? `.subtitle { font: ${fontCss(form.subtitle.font, BODY_FONTS)}; text-align: center; margin: 0; line-height: ${LINE_HEIGHTS.subtitle}pt; }` : ''}
.info { font: ${fontCss(f.info)}; display: flex; justify-content: space-between; gap: 2em; line-height: ${LINE_HEIGHTS.info}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 1pt 3pt; vertical-align: middle; line-height: 1.3; overflow-wrap: anywhere; white-space: pre-wrap; }
th { font: ${fontCss(f.header)}; text-align: center; }
td { height: ${form.rowHeight}pt; }
td.center { text-align: center; }
td.left { text-align: left; }
.note { margin: 0; min-height: ${LINE_HEIGHTS.note}pt; line-height: 1.6; white-space: pre-wrap; }
.note.right { text-align: right; }
tbody.tail, tbody.keep { break-inside: avoid; }
tr.section td { font: ${fontCss(f.section ?? f.header)}; text-align: left; }
tr.note-row td { border: none; padding: 0; height: auto; }`;
  const sections = copies.map((c) => tableSection(c.form, c.rows, c.ctx));
  return printDocument(title ?? form.title(copies[0].ctx), form.page, f.body, css, sections, fontFaces);
}

/**
 * How much the print view shrinks a form wider than the page: the workbook fits it to one page
 * wide (fitToWidth), which shrinks the text too; the same here, so a date never wraps on paper
 * where it does not in Excel.
 */
function fitToWidthZoom(form: TableForm<never, never>): number {
  const m = form.page.margins;
  const paper = form.page.orientation === 'portrait' ? 21 : 29.7;
  const printable = ((paper - m.left - m.right) * 72) / 2.54;
  const natural = form.columns.reduce((sum, c) => sum + charsToPt(c.width), 0);
  return Math.min(1, printable / natural);
}

/** Data rows that go with the closing rows and notes onto a new page rather than leave them alone. */
const KEEP_WITH_END = 2;

function tableSection<Row, Ctx>(form: TableForm<Row, Ctx>, rows: Row[], ctx: Ctx): string {
  const totalWidth = form.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = form.columns.map((c) => `<col style="width:${((c.width / totalWidth) * 100).toFixed(2)}%">`).join('');
  const headerRows: string[] = [];
  for (const h of headerCells(form)) {
    const span = `${h.rowSpan > 1 ? ` rowspan="${h.rowSpan}"` : ''}${h.colSpan > 1 ? ` colspan="${h.colSpan}"` : ''}`;
    headerRows[h.row] = `${headerRows[h.row] ?? ''}<th${span}>${esc(h.text)}</th>`;
  }
  const headerHeight = headerRowHeight(headerDepth(form as TableForm<never, never>));
  // Each row, and whether it must stay on a page with the next (a section heading and its first person).
  const trs: { html: string; keepWithNext: boolean }[] = [];
  for (const run of sectionRuns(form.section, rows)) {
    if (run.heading !== null)
      trs.push({ html: `<tr class="section"><td colspan="${form.columns.length}">${esc(run.heading)}</td></tr>`, keepWithNext: true });
    run.rows.forEach((row, k) =>
      trs.push({
        html: `<tr>${form.columns.map((c) => `<td class="${c.align ?? 'left'}">${esc(c.value(row, run.first + k))}</td>`).join('')}</tr>`,
        keepWithNext: false,
      }),
    );
  }
  const closing: string[] = [];
  for (const { label, text, height, labelSpan = 1 } of form.closing?.(rows, ctx) ?? []) {
    const labelCell = `<td class="center"${labelSpan > 1 ? ` colspan="${labelSpan}"` : ''}>${esc(label)}</td>`;
    closing.push(
      `<tr class="closing"${height ? ` style="height:${height}pt"` : ''}>${labelCell}<td class="left" colspan="${form.columns.length - labelSpan}">${esc(text)}</td></tr>`,
    );
  }
  const info = form.infoLine?.(ctx);
  // The notes (the quota note, the signature line) are borderless rows of the table so that they,
  // the closing rows and the last people keep together: a page never holds only a signature.
  const notes = (form.notes?.(rows, ctx) ?? []).map(
    (n) =>
      `<tr class="note-row"><td colspan="${form.columns.length}"><p class="note${n.align === 'right' ? ' right' : ''}">${esc(n.text)}</p></td></tr>`,
  );
  let cut = Math.max(0, trs.length - KEEP_WITH_END);
  while (cut > 0 && trs[cut - 1].keepWithNext) cut--;
  const tail = [...trs.splice(cut).map((t) => t.html), ...closing, ...notes];
  const body = bodyGroups(trs);
  const zoom = fitToWidthZoom(form as TableForm<never, never>);
  return `${zoom < 1 ? `<div style="zoom:${zoom.toFixed(3)}">` : '<div>'}
<h1 class="title">${esc(form.title(ctx))}</h1>
${form.subtitle ? `<p class="subtitle">${esc(form.subtitle.text(ctx))}</p>` : ''}
${info ? `<div class="info"><span>${esc(info[0])}</span><span>${esc(info[1])}</span></div>` : ''}
<table>
<colgroup>${cols}</colgroup>
<thead>${headerRows.map((r) => `<tr style="height:${headerHeight}pt">${r}</tr>`).join('')}</thead>
${body}
${tail.length ? `<tbody class="tail">\n${tail.join('\n')}\n</tbody>` : ''}
</table>
</div>`;
}

/** Rows as tbody elements: plain runs, and each row kept with the next in a tbody of its own that does not break. */
function bodyGroups(trs: { html: string; keepWithNext: boolean }[]): string {
  const groups: { keep: boolean; rows: string[] }[] = [];
  for (let i = 0; i < trs.length; i++) {
    if (trs[i].keepWithNext) {
      const kept = [trs[i].html];
      while (trs[i].keepWithNext && i + 1 < trs.length) kept.push(trs[++i].html);
      groups.push({ keep: true, rows: kept });
    } else if (groups.at(-1)?.keep === false) groups.at(-1)!.rows.push(trs[i].html);
    else groups.push({ keep: false, rows: [trs[i].html] });
  }
  return groups.map((g) => `<tbody${g.keep ? ' class="keep"' : ''}>\n${g.rows.join('\n')}\n</tbody>`).join('\n');
}
