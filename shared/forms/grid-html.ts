import {
  appendixHeading,
  charsToPt,
  GRID_NOTE_HEIGHT,
  GRID_SUBTITLE_HEIGHT,
  GRID_TITLE_HEIGHT,
  layoutCopy,
  type EdgeStyle,
  type GridCell,
  type GridEdge,
  type GridForm,
} from './grid-form';
import { esc, fontCss, paperSize, printDocument, TITLE_FONTS } from './print-html';
import type { FontSpec } from './table-form';

/**
 * The print view of a fixed form: the same grid as the workbook (column proportions, row heights
 * in pt, fonts) with each of the form's pages on its own A4 page. Many copies (all people of a
 * unit, of either variant) make one document. Text too long for its box is cut there and printed
 * whole on an 附页 at the end of the batch (named by form, period and person). `include` picks the
 * forms, the 附页 or both; null when there is nothing to print.
 */
export function renderGridFormHtml(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each copy brings its own data type
  copies: { form: GridForm<any>; data: unknown }[],
  title: string,
  fontFaces?: string,
  include: 'all' | 'forms' | 'appendices' = 'all',
): string | null {
  const first = copies[0]?.form;
  if (!first) throw new RangeError('a print view needs at least one copy');
  const css = `.title { text-align: center; margin: 0; height: ${GRID_TITLE_HEIGHT}pt; line-height: ${GRID_TITLE_HEIGHT}pt; white-space: nowrap; }
.subtitle { text-align: center; margin: 0; height: ${GRID_SUBTITLE_HEIGHT}pt; line-height: ${GRID_SUBTITLE_HEIGHT}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
tr { break-inside: avoid; }
td { border: 0.75pt solid #000; padding: 4pt; line-height: 1.35; white-space: pre-wrap; overflow-wrap: anywhere; }
td.label { text-align: center; vertical-align: middle; padding: 2pt 4pt; line-height: 1.25; }
td.open-top { border-top: none; }
td.open-bottom { border-bottom: none; }
td.nowrap { white-space: pre; overflow-wrap: normal; }
td > .vertical { writing-mode: vertical-rl; text-orientation: upright; margin: 0 auto; }
h2 { margin: 12pt 0 4pt; }
p.appendix { margin: 0; line-height: 1.5; white-space: pre-wrap; text-indent: 0; }
.note { margin: 0; line-height: 1.5; min-height: ${GRID_NOTE_HEIGHT}pt; white-space: pre-wrap; }`;
  const sections: string[] = [];
  // 附页 come after the whole batch: every copy stays exactly its form's pages, so double-sided
  // printing keeps each person's pages back to back.
  const appendices: string[] = [];
  for (const { form, data: d } of copies) {
    const total = form.columns.reduce((s, c) => s + c, 0);
    const cols = `<colgroup>${form.columns.map((c) => `<col style="width:${((c / total) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
    const font = (f: FontSpec, fallbacks?: string[]) => ` style="${esc(fontStyle(f, fallbacks))}"`;
    const head = form.titleInGrid
      ? ''
      : `<h1 class="title"${font(form.fonts.title, TITLE_FONTS)}>${esc(form.title(d))}</h1>\n<p class="subtitle"${font(form.fonts.subtitle)}>${esc(form.subtitle(d))}</p>\n`;
    const spacing = [
      form.cellPadding !== undefined ? `padding:${form.cellPadding}pt` : '',
      form.lineHeight !== undefined ? `line-height:${form.lineHeight}` : '',
    ];
    const sizing = paperSizing(form);
    const laid = layoutCopy(form, d);
    laid.pages.forEach((rows, p) => {
      const body = rows.map((row) => {
        const cells = row.cells.map(({ cell, text, font: f }) => {
          const classes = [cell.kind, cell.open ? `open-${cell.open}` : '', cell.wrap === false ? 'nowrap' : ''].filter(Boolean).join(' ');
          const style = [
            fontStyle(f),
            ...spacing,
            cell.kind === 'value' || cell.align ? `text-align:${cell.align ?? (cell.kind === 'value' ? 'left' : 'center')}` : '',
            cell.kind === 'value' || cell.valign ? `vertical-align:${cell.valign ?? (cell.kind === 'value' ? 'top' : 'middle')}` : '',
            cell.borders ? edgesCss(cell.borders) : '',
            cell.fill ? `background:#${cell.fill}` : '',
          ]
            .filter(Boolean)
            .join(';');
          const content = cell.vertical ? `<div class="vertical">${esc(text)}</div>` : esc(text);
          return `<td class="${classes}"${cell.span && cell.span > 1 ? ` colspan="${cell.span}"` : ''}${cell.rows && cell.rows > 1 ? ` rowspan="${cell.rows}"` : ''} style="${esc(style)}">${content}</td>`;
        });
        return `<tr style="height:${row.height}pt">${cells.join('')}</tr>`;
      });
      const notes =
        p === laid.pages.length - 1 ? form.notes.map((n) => `<p class="note"${font(form.fonts.note)}>${esc(n)}</p>`).join('\n') : '';
      const table = `${p === 0 ? head : ''}<table${sizing.table}>${cols}<tbody>\n${body.join('\n')}\n</tbody></table>\n${notes}`;
      sections.push(sizing.wrap ? `<div style="${sizing.wrap}">${table}</div>` : table);
    });
    if (laid.appendix.length) {
      const entries = laid.appendix.map(
        (a) =>
          `<h2${font({ ...form.fonts.label, bold: true })}>${esc(a.label)}</h2>\n<p class="appendix"${font(form.fonts.value)}>${esc(a.text)}</p>`,
      );
      appendices.push(
        `<h1 class="title"${font(form.fonts.title, TITLE_FONTS)}>附页</h1>\n<p class="subtitle"${font(form.fonts.subtitle)}>${esc(appendixHeading(form, d))}</p>\n${entries.join('\n')}`,
      );
    }
  }
  const chosen = include === 'forms' ? sections : include === 'appendices' ? appendices : [...sections, ...appendices];
  if (chosen.length === 0) return null;
  // Every copy of a batch shares the page setup (the variants of a form differ in words, not paper).
  return printDocument(title, first.page, first.fonts.note, css, chosen, fontFaces);
}

const fontStyle = (f: FontSpec, fallbacks?: string[]) => `font:${fontCss(f, fallbacks)}${f.underline ? ';text-decoration:underline' : ''}`;

/** Excel's line styles as CSS borders (widths as Excel prints them). */
const EDGE_CSS: Record<EdgeStyle, string> = {
  thin: '0.75pt solid',
  hair: '0.5pt solid',
  medium: '1.5pt solid',
  thick: '2.25pt solid',
  dotted: '0.75pt dotted',
  dashed: '0.75pt dashed',
  dashDot: '0.75pt dashed',
  dashDotDot: '0.75pt dashed',
  mediumDashed: '1.5pt dashed',
  mediumDashDot: '1.5pt dashed',
  mediumDashDotDot: '1.5pt dashed',
  slantDashDot: '1.5pt dashed',
  double: '2.25pt double',
};

function edgesCss(borders: NonNullable<GridCell<unknown>['borders']>): string {
  return (['top', 'right', 'bottom', 'left'] as GridEdge[])
    .map((e) => `border-${e}:${borders[e] ? `${EDGE_CSS[borders[e]]} #000` : 'none'}`)
    .join(';');
}

/**
 * The grid's size on paper. A page that states Excel's 缩放 (a percentage, or fit to one page wide
 * or tall) prints the grid at its own width times that, centred as the sheet says; otherwise the
 * grid fills the width between the margins.
 */
function paperSizing<D>(form: GridForm<D>): { table: string; wrap: string } {
  const page = form.page;
  if (page.scale === undefined && !page.fit) return { table: '', wrap: '' };
  const [paperW, paperH] = paperSize(page);
  const toPt = (cm: number) => (cm * 72) / 2.54;
  const width = form.columns.reduce((s, c) => s + charsToPt(c), 0);
  let zoom = (page.scale ?? 100) / 100;
  if (page.fit) {
    zoom = 1;
    if (page.fit.width) zoom = Math.min(zoom, toPt(paperW - page.margins.left - page.margins.right) / width);
    if (page.fit.height) {
      const tallest = Math.max(...form.pages.map((rows) => rows.reduce((s, r) => s + r.height, 0)));
      zoom = Math.min(zoom, toPt(paperH - page.margins.top - page.margins.bottom) / tallest);
    }
  }
  const centred = page.centered?.horizontally ?? true;
  return {
    table: ` style="width:${width.toFixed(1)}pt${centred ? ';margin:0 auto' : ''}"`,
    wrap: zoom === 1 ? '' : `zoom:${zoom.toFixed(4)}`,
  };
}
