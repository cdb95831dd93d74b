import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formOutput } from '../../electron/services/forms/built-form';
import { Jobs } from '../../electron/services/jobs/jobs';
import { templateFacts } from '../../electron/services/templates/template-facts';
import { templateFormat } from '../../electron/services/templates/template-file';
import { xlsxTemplateBuilt, xlsxTemplateForm } from '../../electron/services/templates/xlsx-template';
import { fillText, placeholdersIn, templateValues } from '../../shared/forms/placeholders';
import { renameCbAssess, xlsxFromWordForm } from './docx-helpers';
import { gradedQuarter, pdfFacts, renderPage, xmlParts } from './forms-helpers';
import { callOk, fixture, openTestDesk, tempDir, testPrinter } from './helpers';

const run = promisify(execFile);
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
afterAll(() => testPrinter.close());

const thin = { style: 'thin' } as const;
const medium = { style: 'medium' } as const;
const body = { name: '仿宋_GB2312', size: 14, charset: 134 };

/**
 * A province's 登记表 as a clerk would make it in Excel: the title and the period in merged rows,
 * label/value boxes with thin lines and a medium outer frame, a tall merged box for 工作纪实 and
 * one for 个人小结, text around a placeholder (旷工{{旷工天数}}天), A4 with its own margins, fitted
 * to the width and centred, a print area and a manual page break before page 2.
 */
async function templateWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记表', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.8, right: 0.8, top: 0.9, bottom: 0.7, header: 0.3, footer: 0.3 },
      printArea: 'A1:F12',
    },
    headerFooter: { oddFooter: '&C第 &P 页' },
  });
  ws.columns = [14, 12, 14, 12, 12, 16].map((width) => ({ width }));
  const put = (ref: string, value: string, extra: Partial<ExcelJS.Style> = {}) => {
    const c = ws.getCell(ref);
    c.value = value;
    c.font = body;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    Object.assign(c, extra);
  };
  const box = (range: string, outer: Partial<ExcelJS.Borders> = {}) => {
    const [a, b] = range.split(':');
    const [c1, r1] = [Number(ws.getCell(a).col), Number(ws.getCell(a).row)];
    const [c2, r2] = b ? [Number(ws.getCell(b).col), Number(ws.getCell(b).row)] : [c1, r1];
    if (b) ws.mergeCells(range);
    // Each cell its own style (exceljs shares the top-left cell's style across a merge).
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const border: Partial<ExcelJS.Borders> = {};
        if (r === r1) border.top = outer.top ?? thin;
        if (r === r2) border.bottom = outer.bottom ?? thin;
        if (c === c1) border.left = outer.left ?? thin;
        if (c === c2) border.right = outer.right ?? thin;
        const cell = ws.getCell(r, c);
        cell.style = { ...cell.style, border };
      }
  };
  ws.mergeCells('A1:F1');
  put('A1', '公务员平时考核登记表', { font: { name: '方正小标宋简体', size: 20, charset: 134 } });
  ws.mergeCells('A2:F2');
  put('A2', '（{{考核周期}}）', { font: { name: '楷体_GB2312', size: 16, charset: 134 } });
  ws.getRow(1).height = 42;
  ws.getRow(2).height = 30;
  const heights: Record<number, number> = { 3: 40, 4: 44, 5: 150, 6: 150, 7: 200, 8: 56, 9: 110, 10: 120, 11: 80, 12: 30 };
  for (const [r, h] of Object.entries(heights)) ws.getRow(Number(r)).height = h;
  put('A3', '姓　名');
  put('B3', '{{姓名}}');
  put('C3', '性　别');
  put('D3', '{{性别}}');
  put('E3', '出生年月');
  put('F3', '{{出生年月}}');
  for (const ref of ['A3', 'B3', 'C3', 'D3', 'E3']) box(ref, { top: medium, ...(ref === 'A3' && { left: medium }) });
  box('F3', { top: medium, right: medium });
  put('A4', '单位及\n职务职级');
  box('A4', { left: medium });
  ws.getCell('B4').value = '{{单位及职务职级}}';
  box('B4:F4', { right: medium });
  Object.assign(ws.getCell('B4'), { font: body, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } });
  put('A5', '工作纪实');
  box('A5:A6', { left: medium });
  ws.getCell('B5').value = '{{工作纪实}}';
  box('B5:F6', { right: medium });
  Object.assign(ws.getCell('B5'), { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } });
  put('A7', '个\n人\n小\n结');
  box('A7', { left: medium, bottom: medium });
  ws.getCell('B7').value = '{{个人小结}}';
  box('B7:F7', { right: medium, bottom: medium });
  Object.assign(ws.getCell('B7'), { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } });
  ws.getRow(7).addPageBreak();
  put('A8', '出勤情况');
  box('A8');
  put('B8', '旷工{{旷工天数}}天');
  box('B8:C8');
  put('D8', '病事假{{病事假天数}}天');
  box('D8:E8');
  put('F8', '迟到、早退{{迟到早退次数}}次');
  box('F8');
  put('A9', '奖惩情况与\n不良行为记录');
  box('A9');
  ws.getCell('B9').value = '{{奖惩情况}}';
  box('B9:F9');
  put('A10', '主管领导\n评鉴意见');
  box('A10');
  ws.getCell('B10').value = '{{主管领导评鉴}}';
  box('B10:F10');
  put('A11', '机关审定\n意见');
  box('A11');
  put('B11', '{{审定意见}}　等次：{{等次}}', { alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } });
  box('B11:F11');
  put('A12', '备注：此表一式两份。', { font: { ...body, size: 12 }, alignment: { horizontal: 'left', vertical: 'middle' } });
  ws.mergeCells('A12:F12');
  // Outside the print area: not part of the form.
  ws.getCell('H3').value = '填表说明（不打印）';
  return wb;
}

const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** A person's filled cell text as the template says it should read. */
function expectedText(template: string, values: Record<string, unknown>): string {
  return placeholdersIn(template).length ? fillText(template, values as never) : template;
}

/**
 * The lines drawn around a box (a merged area or one cell), edge by edge: the styles along its
 * edge cells. Excel draws a merged area's outline from its edge cells, whatever its inner cells say.
 */
function edges(ws: ExcelJS.Worksheet, ref: string): Record<string, string> {
  const merge = ws.model.merges.find((m) => m.startsWith(`${ref}:`));
  const [a, b] = (merge ?? `${ref}:${ref}`).split(':').map((r) => ({ row: Number(ws.getCell(r).row), col: Number(ws.getCell(r).col) }));
  const along = (e: keyof ExcelJS.Borders, cells: [number, number][]) =>
    [...new Set(cells.map(([r, c]) => ws.getCell(r, c).border?.[e]?.style ?? ''))].join('/');
  const cols = Array.from({ length: b.col - a.col + 1 }, (_, i) => a.col + i);
  const rows = Array.from({ length: b.row - a.row + 1 }, (_, i) => a.row + i);
  return {
    top: along(
      'top',
      cols.map((c) => [a.row, c]),
    ),
    bottom: along(
      'bottom',
      cols.map((c) => [b.row, c]),
    ),
    left: along(
      'left',
      rows.map((r) => [r, a.col]),
    ),
    right: along(
      'right',
      rows.map((r) => [r, b.col]),
    ),
  };
}

describe('a clerk’s Excel form as a template', () => {
  it('fills three people: every sheet is the template cell by cell except the placeholders, and the PDF holds the values', async () => {
    const ctx = await openTestDesk();
    const q = await gradedQuarter(ctx, { publish: false });
    const ding = q.ids['丁一'];
    await callOk(ctx, 'records:save', {
      periodId: q.periodId,
      personId: ding,
      date: '2025-01-06',
      content: '起草年度工作要点',
      progress: '已完成',
      note: null,
    });
    await callOk(ctx, 'summaries:save', {
      periodId: q.periodId,
      personId: ding,
      text: '本季度认真学习，'.repeat(90),
      attendance: { absentDays: 0, leaveDays: 2, lateTimes: 1 },
    });
    await callOk(ctx, 'periods:advance', { id: q.periodId }); // 公示: the decision prints

    const template = await templateWorkbook();
    const bytes = await bytesOf(template);
    expect(templateFormat(bytes, '登记表.xlsx')).toBe('xlsx');
    const form = await xlsxTemplateForm(bytes, '本省登记表');
    const { period, facts } = await ctx.folder.read((view) => templateFacts(view, { periodId: q.periodId, unitId: q.office.id }));
    const three = facts.slice(0, 3);
    expect(three.map((f) => f.name)).toContain('丁一');
    const built = xlsxTemplateBuilt(form, '本省登记表', period, three, '办公室');

    const out = await formOutput(built, 'xlsx', Jobs.untracked(), undefined, testPrinter);
    const dir = await tempDir();
    const file = join(dir, '登记表.xlsx');
    await writeFile(file, Buffer.from(out.dataBase64!, 'base64'));
    await xmlParts(file); // every part well-formed: no repair prompt
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(file);
    expect(filled.worksheets.map((w) => w.name)).toEqual(three.map((f) => f.name));

    // The template as Excel reads it back (a cell without a font of its own shows the workbook's).
    const t = (await new ExcelJS.Workbook().xlsx.load(bytes as never)).worksheets[0];
    for (const [i, ws] of filled.worksheets.entries()) {
      const values = templateValues(three[i]);
      // The form's rows; a text cut in its box is printed whole on an 附页 below them.
      const inForm = (ref: string) => Number(/\d+/.exec(ref)![0]) <= 12;
      expect(ws.model.merges.filter(inForm).sort()).toEqual([...t.model.merges].sort());
      for (let c = 1; c <= 6; c++) expect(ws.getColumn(c).width, `列 ${c}`).toBe(t.getColumn(c).width);
      for (let r = 1; r <= 12; r++) {
        expect(ws.getRow(r).height, `第 ${r} 行`).toBe(t.getRow(r).height);
        for (let c = 1; c <= 6; c++) {
          const [a, b] = [t.getCell(r, c), ws.getCell(r, c)];
          const where = `${ws.name} ${a.address}`;
          if (a.isMerged && a.master !== a) continue;
          const text = typeof a.value === 'string' ? a.value : '';
          const want = expectedText(text, values);
          const got = String(b.value ?? '');
          if (got.endsWith('……（未完，全文见附页）')) {
            // Too long for its box: cut there, whole on the 附页 under the form.
            expect(want.startsWith(got.replace('……（未完，全文见附页）', '')), where).toBe(true);
            const appendix = ws
              .getRows(13, ws.rowCount - 12)!
              .map((row) => String(row.getCell(1).value ?? ''))
              .join('');
            expect(appendix.replace(/\s/g, '')).toContain(want.replace(/\s/g, ''));
          } else expect(got, where).toBe(want);
          expect(b.font?.name, where).toBe(a.font?.name);
          if (!placeholdersIn(text).length) expect(b.font?.size, where).toBe(a.font?.size);
          expect(b.alignment?.horizontal ?? 'left', where).toBe(a.alignment?.horizontal ?? 'left');
          expect(b.alignment?.vertical ?? 'bottom', where).toBe(a.alignment?.vertical ?? 'bottom');
        }
      }
      // Lines as drawn: each box's outer edges (a merged box's edge cells), cell by cell for single cells.
      for (const ref of ['A3', 'B3', 'F3', 'A4', 'B4', 'A5', 'B5', 'A7', 'B7', 'A8', 'B8', 'D8', 'F8', 'B9', 'B11', 'A12'])
        expect(edges(ws, ref), `${ws.name} ${ref}`).toEqual(edges(t, ref));
      expect(ws.getCell('B3').value).toBe(three[i].name);
      expect(ws.getCell('A2').value).toBe('（2025年第一季度）');
      expect(ws.pageSetup.orientation).toBe('portrait');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.horizontalCentered).toBe(true);
      expect(ws.pageSetup.margins?.left).toBeCloseTo(0.8, 2);
      expect(ws.pageSetup.margins?.top).toBeCloseTo(0.9, 2);
      expect(ws.pageSetup.printArea).toBe(`A1:F${ws.rowCount}`);
      if (ws.rowCount > 12) expect(ws.getCell('A13').value).toBe('附页');
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页');
      expect(ws.getCell('H3').value).toBeNull();
    }
    const dingSheet = filled.getWorksheet('丁一')!;
    expect(String(dingSheet.getCell('B5').value)).toContain('起草年度工作要点');
    expect(String(dingSheet.getCell('B11').value)).toMatch(/^经审定，2025年第一季度平时考核等次为“好”。\u3000等次：好$/);

    const pdf = await formOutput(built, 'pdf', Jobs.untracked(), undefined, testPrinter);
    const pdfFile = join(dir, '登记表.pdf');
    await writeFile(pdfFile, Buffer.from(pdf.dataBase64!, 'base64'));
    const facts2 = await pdfFacts(pdfFile);
    const text = facts2.text.replace(/\s+/g, '');
    for (const f of three) expect(text).toContain(f.name);
    expect(text).toContain('经审定，2025年第一季度平时考核等次为“好”');
    expect(text).toContain('起草年度工作要点');
    expect(text).toContain('公务员平时考核登记表');
    expect(text).not.toContain('{{');
    // Two pages a person (the manual break), plus the 附页 for 丁一's long 个人小结 when it is cut.
    expect(facts2.pages).toBeGreaterThanOrEqual(6);
    await renderPage(pdfFile, 'template-xlsx-print');

    // LibreOffice's own rendering of the filled workbook, to look at next to the print view.
    if (existsSync('/usr/bin/soffice')) {
      await mkdir(artifacts, { recursive: true });
      await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
      await run('pdftoppm', [
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '2',
        '-png',
        join(dir, '登记表.pdf'),
        join(artifacts, 'template-xlsx-libreoffice'),
      ]);
    }
  }, 180_000);

  it('prints a template made from the real cb-assess 公务员平时考核登记表', async () => {
    const ctx = await openTestDesk();
    const q = await gradedQuarter(ctx, { publish: true });
    const docx = await readFile(fixture('cb-assess/公务员平时考核登记表.docx'));
    const bytes = await xlsxFromWordForm(docx, renameCbAssess);
    const form = await xlsxTemplateForm(bytes, '公务员平时考核登记表');
    const { period, facts } = await ctx.folder.read((view) => templateFacts(view, { periodId: q.periodId, unitId: q.office.id }));
    const built = xlsxTemplateBuilt(form, '公务员平时考核登记表', period, facts.slice(0, 3), '办公室');
    const dir = await tempDir();
    const pdfFile = join(dir, 'cb-assess.pdf');
    await writeFile(pdfFile, Buffer.from((await formOutput(built, 'pdf', Jobs.untracked(), undefined, testPrinter)).dataBase64!, 'base64'));
    const facts2 = await pdfFacts(pdfFile);
    const text = facts2.text.replace(/\s+/g, '');
    for (const f of facts.slice(0, 3)) expect(text).toContain(f.name);
    expect(text).toContain('公务员平时考核登记表');
    expect(text).toContain('（2025年第一季度）');
    expect(text).toContain('经审定，2025年第一季度平时考核等次为');
    expect(text).not.toContain('{{');
    // Two A4 pages a person, as the Word form prints.
    expect(facts2.pages).toBe(6);
    expect(Math.round(facts2.width)).toBe(595);
    await mkdir(artifacts, { recursive: true });
    await run('pdftoppm', ['-r', '50', '-f', '1', '-l', '2', '-png', pdfFile, join(artifacts, 'cb-assess-xlsx-print')]);
    await writeFile(join(artifacts, 'cb-assess-template.xlsx'), bytes);

    // The same form saved by another office suite (LibreOffice writes "true" where Excel writes "1"): read alike.
    if (existsSync('/usr/bin/soffice')) {
      await writeFile(join(dir, 'in.xlsx'), bytes);
      await run(
        'soffice',
        ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo'), join(dir, 'in.xlsx')],
        {
          timeout: 120_000,
        },
      );
      const other = await xlsxTemplateForm(await readFile(join(dir, 'lo', 'in.xlsx')), '公务员平时考核登记表');
      expect(other.page).toEqual(form.page);
      expect(other.columns).toEqual(form.columns);
      // LibreOffice keeps row heights to its own unit (within a point).
      const heights = (f: typeof form) => f.pages.flat().map((r) => r.height);
      heights(other).forEach((h, i) => expect(Math.abs(h - heights(form)[i])).toBeLessThan(1));
    }
  }, 120_000);

  it('says what is wrong, one sentence for each kind of problem', async () => {
    const wb = await templateWorkbook();
    const ws = wb.worksheets[0];
    ws.getCell('B9').value = '{{职称}}';
    ws.getCell('D3').value = '{{#有容错}}';
    ws.getCell('F3').value = { formula: 'TODAY()', result: 46000 } as ExcelJS.CellFormulaValue;
    ws.getCell('B10').value = '｛｛评鉴意见｝｝';
    wb.addWorksheet('说明');
    const image = wb.addImage({ buffer: Buffer.from(PNG_1PX, 'base64') as never, extension: 'png' });
    ws.addImage(image, 'H5:H6');
    // A placeholder typed under a merge (Excel keeps the text, shows only the top-left cell).
    const zip = new PizZip(await bytesOf(wb));
    const sheet = zip.file('xl/worksheets/sheet1.xml')!.asText();
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(/<c r="C5"[^>]*\/>|<c r="C5"[^>]*>[\s\S]*?<\/c>/, '<c r="C5" t="inlineStr"><is><t>{{个人小结}}</t></is></c>'),
    );
    const bytes = zip.generate({ type: 'uint8array' });

    const error = await xlsxTemplateForm(bytes, '有问题的表').catch((e: Error) => e);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('模板“有问题的表”还不能使用：');
    const said = lines.slice(1);
    expect(said.find((s) => s.includes('一个工作表'))).toMatch(/这个文件有 2 个（登记表、说明）/);
    expect(said.find((s) => s.includes('图片'))).toBeTruthy();
    expect(said.find((s) => s.includes('全角'))).toContain('B10');
    expect(said.find((s) => s.includes('不是程序认识的占位符'))).toContain('“{{职称}}”（B9）');
    expect(said.find((s) => s.includes('只能用在 Word 模板'))).toContain('“{{#有容错}}”（D3）');
    expect(said.find((s) => s.includes('公式'))).toContain('“=TODAY()”（F3）');
    expect(said.find((s) => s.includes('合并单元格被遮住'))).toContain('C5');
    expect(said).toHaveLength(7);
  });

  it('refuses old and damaged files with what to do', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(() => templateFormat(ole, 'x.doc')).toThrow(/无法使用“x.doc”作模板/);
    expect(() => templateFormat(new Uint8Array(), 'e.xlsx')).toThrow(/空的/);
    expect(() => templateFormat(Buffer.from('<html></html>'), 'a.xlsx')).toThrow(/不是 Word（.docx）或 Excel（.xlsx）文件/);
    const good = await bytesOf(await templateWorkbook());
    expect(() => templateFormat(good.subarray(0, good.length - 200), 'cut.xlsx')).toThrow(/损坏或不完整/);
  });
});

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
