import { GRID_NOTE_HEIGHT, GRID_SUBTITLE_HEIGHT, GRID_TITLE_HEIGHT, layoutCopy, type GridForm } from './grid-form';
import { esc, fontCss, printDocument, TITLE_FONTS } from './print-html';
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
  const css = `.title { text-align: center; margin: 0; height: ${GRID_TITLE_HEIGHT}pt; line-height: ${GRID_TITLE_HEIGHT}pt; white-space: nowrap; }
.subtitle { text-align: center; margin: 0; height: ${GRID_SUBTITLE_HEIGHT}pt; line-height: ${GRID_SUBTITLE_HEIGHT}pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td { border: 0.75pt solid #000; padding: 4pt; line-height: 1.35; white-space: pre-wrap; overflow-wrap: anywhere; }
td.label { text-align: center; vertical-align: middle; padding: 2pt 4pt; line-height: 1.25; }
td.open-top { border-top: none; }
td.open-bottom { border-bottom: none; }
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
    const font = (f: FontSpec, fallbacks?: string[]) => ` style="font:${esc(fontCss(f, fallbacks))}"`;
    const head = `<h1 class="title"${font(form.fonts.title, TITLE_FONTS)}>${esc(form.title(d))}</h1>\n<p class="subtitle"${font(form.fonts.subtitle)}>${esc(form.subtitle(d))}</p>\n`;
    const laid = layoutCopy(form, d);
    laid.pages.forEach((rows, p) => {
      const body = rows.map((row) => {
        const cells = row.cells.map(({ cell, text, font: f }) => {
          const classes = [cell.kind, cell.open ? `open-${cell.open}` : ''].filter(Boolean).join(' ');
          const style =
            cell.kind === 'value'
              ? `${font(f).slice(0, -1)};text-align:${cell.align ?? 'left'};vertical-align:${cell.valign ?? 'top'}"`
              : font(f);
          return `<td class="${classes}"${cell.span && cell.span > 1 ? ` colspan="${cell.span}"` : ''}${cell.rows && cell.rows > 1 ? ` rowspan="${cell.rows}"` : ''}${style}>${esc(text)}</td>`;
        });
        return `<tr style="height:${row.height}pt">${cells.join('')}</tr>`;
      });
      const notes =
        p === laid.pages.length - 1 ? form.notes.map((n) => `<p class="note"${font(form.fonts.note)}>${esc(n)}</p>`).join('\n') : '';
      sections.push(`${p === 0 ? head : ''}<table>${cols}<tbody>\n${body.join('\n')}\n</tbody></table>\n${notes}`);
    });
    if (laid.appendix.length) {
      const entries = laid.appendix.map(
        (a) =>
          `<h2${font({ ...form.fonts.label, bold: true })}>${esc(a.label)}</h2>\n<p class="appendix"${font(form.fonts.value)}>${esc(a.text)}</p>`,
      );
      appendices.push(
        `<h1 class="title"${font(form.fonts.title, TITLE_FONTS)}>附页</h1>\n<p class="subtitle"${font(form.fonts.subtitle)}>${esc(`${form.title(d)}${form.subtitle(d)}　${form.sheetName(d)}`)}</p>\n${entries.join('\n')}`,
      );
    }
  }
  const chosen = include === 'forms' ? sections : include === 'appendices' ? appendices : [...sections, ...appendices];
  if (chosen.length === 0) return null;
  const first = copies[0]?.form;
  if (!first) throw new RangeError('a print view needs at least one copy');
  // Every copy of a batch shares the page setup (the variants of a form differ in words, not paper).
  return printDocument(title, first.page, first.fonts.note, css, chosen, fontFaces);
}
