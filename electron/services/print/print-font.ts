import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The free CJK serif every print view carries (Noto Serif SC regular, SIL OFL, from
 * @fontsource/noto-serif-sc: its simplified-Chinese and Latin subsets, 1.5 MB), last in the font
 * stack after the official fonts and the PC's own: a PC without 仿宋/宋体/Noto CJK still prints
 * every common character instead of a box. Embedded as data, so the PDF printer, the preview
 * and the desktop's hidden print window need no font files or URLs of their own.
 */
const FILES = ['noto-serif-sc-chinese-simplified-400-normal.woff2', 'noto-serif-sc-latin-400-normal.woff2'];

let css: string | null = null;

export function printFontFaces(): string {
  if (css !== null) return css;
  const require = createRequire(import.meta.url);
  css = FILES.map((f) => {
    const data = readFileSync(require.resolve(`@fontsource/noto-serif-sc/files/${f}`)).toString('base64');
    return `@font-face { font-family: 'Noto Serif SC'; font-style: normal; font-weight: 400; font-display: block; src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
  }).join('\n');
  return css;
}
