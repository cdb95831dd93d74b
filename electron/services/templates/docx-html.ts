import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PizZip from 'pizzip';
import { BODY_FONTS, cssString, esc } from '../../../shared/forms/print-html';
import { rejected } from '../app-error';
import type { PdfPrinter } from '../print/pdf';
import { printFontFaces } from '../print/print-font';

/**
 * A filled Word document as a print view: docx-preview lays the document out in a page of its
 * own (in the PDF printer's Chromium, with its script on), and what it leaves — plain HTML and
 * CSS, no script — is both the preview and what goes to the printer, like the built-in forms'
 * views. The page takes the document's paper and margins; each section (each person) starts a new
 * sheet. Fonts the PC lacks fall back to the official fonts' stand-ins and the bundled Noto Serif
 * SC, so no character prints as a box. Headers and footers are not drawn (a note in the preview
 * says so: print from WPS/Word for those).
 */
export async function docxPrintHtml(docx: Uint8Array, title: string, printer: PdfPrinter): Promise<string> {
  const page = pageSetup(docx);
  const scripts = [script('jszip', 'jszip.min.js'), script('docx-preview', 'docx-preview.min.js')];
  const fallbacks = BODY_FONTS.map((f) => (f === 'serif' ? f : cssString(f))).join(', ');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${printFontFaces()}
@page { size: ${page.width}pt ${page.height}pt; margin: ${page.top}pt 0 ${page.bottom}pt 0; }
html, body { margin: 0; padding: 0; }
@media print {
  .docx-wrapper { background: none !important; padding: 0 !important; display: block !important; }
  /* Left and right margins inside the page, not the page's: a form's table often reaches into the right margin, as Word lets it. */
  .docx-wrapper > section.docx { box-shadow: none !important; margin: 0 !important; padding: 0 ${page.right}pt 0 ${page.left}pt !important; width: auto !important; min-height: 0 !important; overflow: visible !important; }
  .docx-wrapper > section.docx + section.docx { break-before: page; }
}
</style>
</head>
<body>
<div id="doc"></div>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
<script>
(async () => {
  try {
    const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(docx).toString('base64'))}), (c) => c.charCodeAt(0));
    await docx.renderAsync(bytes, document.getElementById('doc'), null, {
      breakPages: true, ignoreLastRenderedPageBreak: true, useBase64URL: true, renderAltChunks: false,
      renderHeaders: false, renderFooters: false, renderComments: false, renderChanges: false, experimental: false,
    });
    // Every font the document names, then the stand-ins: a PC without 方正仿宋 still prints 仿宋 or Noto.
    const extra = ${JSON.stringify(`, ${fallbacks}`)};
    for (const el of document.querySelectorAll('#doc [style]')) if (el.style.fontFamily) el.style.fontFamily += extra;
    for (const style of document.querySelectorAll('#doc style')) {
      const rules = [...style.sheet.cssRules];
      for (const rule of rules) if (rule.style && rule.style.fontFamily) rule.style.fontFamily += extra;
      style.textContent = rules.map((r) => r.cssText).join('\\n');
    }
    document.querySelectorAll('script').forEach((s) => s.remove());
    document.body.dataset.ready = '1';
  } catch (e) {
    document.body.dataset.error = String(e && e.message || e);
  }
})();
</script>
</body>
</html>`;
  try {
    return await printer.render(html);
  } catch (e) {
    throw rejected(`无法排出这份 Word 文档的打印预览（${(e as Error).message}）：可以下载 .docx 后在 WPS/Word 中打开打印。`);
  }
}

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();
/** A library's minified browser build (next to its main file in dist/), inlined: the page loads nothing from outside. */
function script(pkg: string, file: string): string {
  let s = cache.get(pkg);
  if (s === undefined) {
    const main = require.resolve(pkg);
    const dist = main.includes(`${pkg}/dist/`) ? dirname(main) : join(dirname(main), '..', 'dist');
    // Nothing in it may close the script element early.
    s = readFileSync(join(dist, file), 'utf8').replace(/<\/script/gi, '<\\/script');
    cache.set(pkg, s);
  }
  return s;
}

/** The document's paper and margins (its last section's: the body's), in pt. */
function pageSetup(docx: Uint8Array): { width: number; height: number; top: number; right: number; bottom: number; left: number } {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>\s*<\/w:body>/.exec(xml)?.[0] ?? '';
  const attr = (tag: string, name: string, fallback: number) => {
    const el = new RegExp(`<w:${tag}\\b[^>]*>`).exec(sect)?.[0] ?? '';
    const v = new RegExp(`\\bw:${name}="(-?\\d+)"`).exec(el)?.[1];
    return v === undefined ? fallback : Number(v) / 20;
  };
  // A4 and Word's default margins where the document says nothing.
  const [width, height] = [attr('pgSz', 'w', 595.3), attr('pgSz', 'h', 841.9)];
  const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map((side, i) => Math.max(0, attr('pgMar', side, i % 2 ? 90 : 72)));
  return { width, height, top, right, bottom, left };
}
