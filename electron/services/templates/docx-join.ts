import PizZip from 'pizzip';

/**
 * Filled copies of one Word template as one document: each copy's body in turn, each but the last
 * closed by a section break that repeats the template's own page setup, so every person starts
 * on a new page with the template's paper and margins. Ids Word wants unique (pictures, bookmarks)
 * are renumbered per copy; everything outside the body (styles, numbering, headers, pictures) is
 * the template's and shared.
 */
export function joinDocx(copies: Uint8Array[]): Uint8Array {
  if (copies.length === 0) throw new RangeError('nothing to join');
  if (copies.length === 1) return copies[0];
  const base = new PizZip(copies[0]);
  const first = splitBody(base.file('word/document.xml')!.asText());
  const bodies = copies.map((bytes, i) =>
    i === 0 ? first.content : splitBody(new PizZip(bytes).file('word/document.xml')!.asText()).content,
  );
  const joined = bodies
    .map((content, i) => (i < bodies.length - 1 ? renumber(content, i) + sectionBreak(first.sectPr) : renumber(content, i)))
    .join('');
  base.file('word/document.xml', `${first.head}${joined}${first.sectPr}${first.tail}`);
  return base.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A document.xml in parts: up to and with <w:body>, the body's content, its closing sectPr, the rest. */
function splitBody(xml: string): { head: string; content: string; sectPr: string; tail: string } {
  const open = /<w:body\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  if (!open || close < 0) throw new Error('document without a body');
  const start = open.index + open[0].length;
  const inner = xml.slice(start, close);
  const sect = /<w:sectPr\b(?:[^>]*\/>|[\s\S]*?<\/w:sectPr>)\s*$/.exec(inner);
  return {
    head: xml.slice(0, start),
    content: sect ? inner.slice(0, sect.index) : inner,
    sectPr: sect ? sect[0] : '',
    tail: xml.slice(close),
  };
}

/**
 * The break closing one person's copy: a paragraph 1 pt high carrying the section's setup (a
 * section starts a new page by default), so the break itself never pushes the form onto a page more.
 */
function sectionBreak(sectPr: string): string {
  const sect = sectPr || '<w:sectPr/>';
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sect}</w:pPr></w:p>`;
}

/** Picture and bookmark ids of copy `i` moved out of the others' way; paragraph ids (optional) dropped. */
function renumber(content: string, i: number): string {
  if (i === 0) return content;
  const offset = i * 100_000;
  return content
    .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_, a: string, n: string) => `${a}${Number(n) + offset}"`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, a: string, n: string) => `${a}${Number(n) + offset}"`)
    .replace(/\sw14:(paraId|textId)="[0-9A-Fa-f]+"/g, '');
}

/** One .docx per person in a zip (the names made unique: two people may share a name). */
export function docxPerPerson(copies: { name: string; bytes: Uint8Array }[]): Uint8Array {
  const zip = new PizZip();
  const used = new Set<string>();
  for (const { name, bytes } of copies) {
    const clean = name.replace(/[\\/:*?"<>|]/g, '_') || '表';
    let file = `${clean}.docx`;
    for (let n = 2; used.has(file); n++) file = `${clean}(${n}).docx`;
    used.add(file);
    // Filled copies come uncompressed (they are usually joined); each file handed out is packed.
    zip.file(file, new PizZip(bytes).generate({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return zip.generate({ type: 'uint8array', compression: 'STORE' });
}
