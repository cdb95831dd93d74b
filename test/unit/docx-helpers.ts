import PizZip from 'pizzip';

/**
 * A Word document built by hand (WordprocessingML), as a province's 登记表 is made in Word: a
 * title in 方正小标宋简体 22 pt, a table in 仿宋_GB2312 with fixed row heights and merged cells
 * (across and down), one placeholder split over three runs as Word leaves it after an edit, a row
 * repeated per 工作纪实 entry, and text shown only when there is a 容错 decision.
 */
const run = (text: string, font = '仿宋_GB2312', size = 28, extra = '') =>
  `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>${extra}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs: string, jc = 'left') => `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr>${runs}</w:p>`;
const cell = (width: number, content: string, extra = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
const row = (height: number, cells: string, rule = 'exact') =>
  `<w:tr><w:trPr><w:trHeight w:val="${height * 20}" w:hRule="${rule}"/></w:trPr>${cells}</w:tr>`;
const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="8" w:space="0" w:color="000000"/>`).join('')}</w:tblBorders>`;
const table = (grid: number[], rows: string) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${grid.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;

export function registerDocxXml(): string {
  const g = [1600, 2000, 1400, 1800, 1400, 2000];
  const label = (w: number, t: string, extra = '') => cell(w, para(run(t), 'center'), extra);
  const value = (w: number, runs: string, extra = '') => cell(w, para(runs), extra);
  const main = table(
    g,
    [
      row(
        32,
        [
          label(g[0], '姓　名'),
          // Split as Word splits it: "{{", "姓", "名}}" in runs of different formatting.
          value(g[1], run('{{') + run('姓', '仿宋_GB2312', 28, '<w:b/>') + run('名}}')),
          label(g[2], '性　别'),
          value(g[3], run('{{性别}}')),
          label(g[4], '出生年月'),
          value(g[5], run('{{出生年月}}')),
        ].join(''),
      ),
      row(
        36,
        [label(g[0], '单位及职务职级'), value(g[1] + g[2] + g[3] + g[4] + g[5], run('{{单位及职务职级}}'), '<w:gridSpan w:val="5"/>')].join(
          '',
        ),
      ),
      row(
        120,
        [
          label(g[0], '个人小结', '<w:vMerge w:val="restart"/>'),
          value(g[1] + g[2] + g[3] + g[4] + g[5], run('{{个人小结}}'), '<w:gridSpan w:val="5"/>'),
        ].join(''),
      ),
      row(
        30,
        [
          cell(g[0], '<w:p/>', '<w:vMerge/>'),
          value(g[1] + g[2] + g[3] + g[4] + g[5], run('签名：{{姓名}}　　{{填表日期}}'), '<w:gridSpan w:val="5"/>'),
        ].join(''),
      ),
      row(
        60,
        [
          label(g[0], '机关审定意见'),
          value(g[1] + g[2] + g[3] + g[4] + g[5], run('{{审定意见}}（{{等次}}）'), '<w:gridSpan w:val="5"/>'),
        ].join(''),
      ),
    ].join(''),
  );
  const w = [2000, 5600, 2600];
  const records = table(
    w,
    [
      row(24, [label(w[0], '日期'), label(w[1], '工作内容'), label(w[2], '完成情况')].join('')),
      // One row per entry: the list's tags in the first and last cell of the row.
      row(
        24,
        [
          value(w[0], run('{{#工作纪实条目}}{{日期}}')),
          value(w[1], run('{{工作内容}}')),
          value(w[2], run('{{完成情况}}{{/工作纪实条目}}')),
        ].join(''),
        'atLeast',
      ),
    ].join(''),
  );
  const body = [
    para(run('公务员平时考核登记表', '方正小标宋简体', 44), 'center'),
    para(run('（{{考核周期}}）', '楷体_GB2312', 32), 'center'),
    main,
    para(run('工作纪实（共{{工作纪实条数}}条）', '黑体', 28)),
    records,
    para(run('{{#有容错}}本期有经认定的容错事项，等次不受影响。{{/有容错}}')),
    para(run('{{^有奖惩}}本期没有表现记录。{{/有奖惩}}')),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

/** A .docx package around a document.xml. */
export function docxPackage(documentXml: string): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', documentXml);
  return zip.generate({ type: 'uint8array' });
}

/** The text of a document.xml (runs joined, paragraphs on lines). */
export function docxText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
