import type { FontSpec } from './table-form';

/**
 * What every print view shares: the font stacks, the A4 @page rule with the footer as page-margin
 * boxes, escaping, and the document around one or more forms. A batch (all people of a unit) is
 * one document whose forms each start on a new page.
 */
export interface PageSpec {
  orientation: 'portrait' | 'landscape';
  /** Margins in centimetres. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** Footer with Excel codes, e.g. '&C— &P —' (here turned into page-margin boxes). */
  footer: string;
  /** Header with the same codes (default none). */
  header?: string;
  /** Paper (default A4). */
  paper?: Paper;
  /**
   * How the sheet is sized on paper, as Excel's 缩放: a percentage, or fitted to one page wide
   * (and tall). A page that states either prints a grid form at its own width, as Excel does;
   * without, a grid form fills the width between the margins (the built-in forms).
   */
  scale?: number;
  fit?: { width: boolean; height: boolean };
  /** Centred between the margins (Excel's 居中方式; default horizontally). */
  centered?: { horizontally: boolean; vertically: boolean };
}

/** Paper sizes a form may use, in cm (portrait). */
export const PAPERS = { A4: [21, 29.7], A3: [29.7, 42], A5: [14.8, 21] } as const;
export type Paper = keyof typeof PAPERS;

/** The paper's width and height in cm as the page is turned. */
export function paperSize(page: PageSpec): [number, number] {
  const [w, h] = PAPERS[page.paper ?? 'A4'];
  return page.orientation === 'portrait' ? [w, h] : [h, w];
}

/** The official fonts first, then free CJK serif fonts, so no glyph prints as a box. */
export const TITLE_FONTS = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', 'serif'];
export const BODY_FONTS = ['仿宋_GB2312', 'FangSong', '宋体', 'SimSun', 'Noto Serif CJK SC', 'Noto Serif SC', 'serif'];
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
export function fontCss(f: FontSpec, fallbacks: string[] = BODY_FONTS): string {
  const names = [...new Set([f.name, ...(ALIASES[f.name] ?? []), ...fallbacks])];
  return `${f.italic ? 'italic ' : ''}${f.bold ? 'bold ' : ''}${f.size}pt ${names.map((n) => (GENERIC.has(n) ? n : cssString(n))).join(', ')}`;
}

function pageCss(page: PageSpec, footerFont: FontSpec): string {
  const m = page.margins;
  const font = fontCss({ ...footerFont, bold: false, italic: false });
  return `@page {
  size: ${page.paper ?? 'A4'} ${page.orientation};
  margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm;
${[marginBoxes(page.header ?? '', 'top', font), marginBoxes(page.footer, 'bottom', font)].filter(Boolean).join('\n')}
}`;
}

const BOXES = { L: 'left', C: 'center', R: 'right' } as const;

/**
 * Excel header/footer codes → page-margin boxes: &L &C &R start a section (text before any is
 * centred), &P is the page number, &N the page count, && an ampersand; font codes (&"宋体,常规",
 * &12) are dropped, the box takes the form's font.
 */
function marginBoxes(codes: string, edge: 'top' | 'bottom', font: string): string {
  const footer = codes.replace(/&"[^"]*"|&\d+|&[BIUSEXYKOHDTFAZG]/g, '');
  if (!footer) return '';
  const sections = `${/^&[LCR]/.test(footer) ? '' : '&C'}${footer}`.split(/(?=&[LCR])/);
  return sections
    .map((s) => {
      const parts = s
        .slice(2)
        .split(/(&[PN&])/)
        .filter(Boolean)
        .map((p) => (p === '&P' ? 'counter(page)' : p === '&N' ? 'counter(pages)' : cssString(p === '&&' ? '&' : p)));
      return parts.length ? `  @${edge}-${BOXES[s[1] as keyof typeof BOXES]} { content: ${parts.join(' ')}; font: ${font}; }` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * A whole print document: its CSS, then each section (a list form, or one page of a fixed form)
 * starting on a new page. On screen (the preview) each section is drawn as a sheet of A4 paper
 * that grows with a long list; on paper that CSS is inert. `fontFaces` are the @font-face rules of
 * the bundled fallback font (the services add them).
 */
export function printDocument(
  title: string,
  page: PageSpec,
  footerFont: FontSpec,
  css: string,
  sections: string[],
  fontFaces = '',
): string {
  const [w, h] = paperSize(page);
  const m = page.margins;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${fontFaces}
${pageCss(page, footerFont)}
html, body { margin: 0; padding: 0; color: #000; background: #fff; }
section + section { break-before: page; }
@media screen {
  html { background: #e8e8e8; }
  section { box-sizing: border-box; width: ${w}cm; min-height: ${h}cm; margin: 12px auto; padding: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}
${css}
</style>
</head>
<body>
${sections.map((s) => `<section>\n${s}\n</section>`).join('\n')}
</body>
</html>
`;
}

/** A CSS string literal that cannot end the string or the style element. */
export const cssString = (s: string) =>
  `"${s
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ')
    .replace(/\r\n?|\n|\f/g, '\\a ')}"`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
