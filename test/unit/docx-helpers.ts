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

/** The cb-assess templates' own (poi-tl) placeholder names and ours. */
export const CB_ASSESS_NAMES: Record<string, string> = {
  quarter: '考核周期',
  userName: '姓名',
  deptAndPost: '单位及职务职级',
  responsibilities: '从事或分管工作',
  personalSummary: '个人小结',
  absenteeismNum: '旷工天数',
  leaveNum: '病事假天数',
  lateArrivalEarlyDepartureNum: '迟到早退次数',
  rewardsPunishMisconduct: '奖惩情况',
  evaluationLevelSuggest: '主管领导评鉴',
  auditName: '评鉴人',
  auditDateTime: '填表日期',
  organOpinions: '审定意见',
  othersRemark: '未确定等次说明',
};

/** A cb-assess form's placeholders renamed to ours; its seal picture tag removed. */
export const renameCbAssess = (text: string) =>
  text.replace(/\{\{@organSeal\}\}/g, '').replace(/\{\{(\w+)\}\}/g, (_, n: string) => `{{${CB_ASSESS_NAMES[n] ?? n}}}`);

/** Paragraph texts, one a line (text boxes, such as the seal's, left out). */
const paragraphsText = (xml: string) =>
  [
    ...xml
      .replace(/<mc:AlternateContent>[\s\S]*?<\/mc:AlternateContent>|<w:pict>[\s\S]*?<\/w:pict>/g, '')
      .matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g),
  ]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

/**
 * A Word form rebuilt in Excel as a clerk would (the way a province's .docx 登记表 becomes an
 * .xlsx template): the paragraphs over the table as merged title rows, the table's grid as columns
 * (twips → Excel characters), each row at its height (one taller than Excel's 409 pt split in two),
 * cells merged across (gridSpan; the cb-assess forms merge nothing down), thin lines, the notes under it without lines,
 * the document's margins; every text through `rename`.
 */
export async function xlsxFromWordForm(docx: Uint8Array, rename: (s: string) => string): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tbl = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(body)!;
  const before = paragraphsText(body.slice(0, tbl.index)).split('\n').filter(Boolean);
  const after = paragraphsText(body.slice(tbl.index + tbl[0].length).replace(/<w:sectPr[\s\S]*$/, ''))
    .split('\n')
    .filter((l) => l.trim());
  const grid = [...tbl[0].matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const mar = (side: string) => Number(new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`).exec(body)![1]) / 1440;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记表', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: mar('left') * 0.6,
        right: mar('right') * 0.6,
        top: mar('top') * 0.8,
        bottom: mar('bottom') * 0.8,
        header: 0.3,
        footer: 0.3,
      },
    },
  });
  ws.columns = grid.map((tw) => ({ width: Math.max(1, Math.round(((((tw / 20) * 4) / 3 - 5) / 7) * 100) / 100) }));
  const font = (name: string, size: number) => ({ name, size, charset: 134 });
  const thin = { style: 'thin' as const };
  let r = 1;
  const line = (text: string, f: ReturnType<typeof font>, height: number, horizontal: 'center' | 'left', border = false) => {
    ws.mergeCells(r, 1, r, grid.length);
    Object.assign(ws.getCell(r, 1), { value: rename(text), font: f, alignment: { horizontal, vertical: 'middle', wrapText: true } });
    ws.getRow(r).height = height;
    if (border) for (let c = 1; c <= grid.length; c++) ws.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin };
    r++;
  };
  line(before[0], font('方正小标宋简体', 18), 36, 'center');
  line(before[1], font('方正楷体_GBK', 16), 28, 'center');

  for (const tr of tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
    const height = Number(/<w:trHeight w:val="(\d+)"/.exec(tr[0])![1]) / 20;
    const parts = height > 400 ? 2 : 1;
    for (let p = 0; p < parts; p++) ws.getRow(r + p).height = Math.round((height / parts) * 10) / 10;
    let col = 1;
    for (const tc of tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc[0])?.[1] ?? 1);
      const text = rename(paragraphsText(tc[0]).replace(/[ \u00a0]{2,}/g, '  '));
      const label = !/\{\{/.test(text) && !/签名|旷工|病事假|迟到/.test(text);
      const [r2, c2] = [r + parts - 1, col + span - 1];
      if (r2 > r || c2 > col) ws.mergeCells(r, col, r2, c2);
      const cell = ws.getCell(r, col);
      cell.value = text;
      cell.font = font('方正仿宋_GBK', 14);
      cell.alignment = label
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : {
            horizontal: /\{\{(个人小结|主管领导评鉴|奖惩情况|审定意见|未确定等次说明|从事或分管工作)\}\}/.test(text) ? 'left' : 'center',
            vertical: parts > 1 || height > 100 ? 'top' : 'middle',
            wrapText: true,
          };
      for (let y = r; y <= r2; y++)
        for (let x = col; x <= c2; x++)
          ws.getCell(y, x).style = { ...ws.getCell(y, x).style, border: { top: thin, bottom: thin, left: thin, right: thin } };
      col += span;
    }
    r += parts;
  }
  for (const note of after) line(note, font('方正仿宋简体', 12), 36, 'left');
  ws.pageSetup.printArea = `A1:${ws.getColumn(grid.length).letter}${r - 1}`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
