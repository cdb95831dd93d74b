import * as XLSX from '@e965/xlsx';
import PizZip from 'pizzip';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { docxPrintHtml } from '../../electron/services/templates/docx-html';
import { docxOutput, fillDocxCopies } from '../../electron/services/templates/docx-fill';
import { checkDocxTemplate } from '../../electron/services/templates/docx-template';
import { templateFacts } from '../../electron/services/templates/template-facts';
import { templateFormat } from '../../electron/services/templates/template-file';
import { docxPackage, docxText, registerDocxXml, renameCbAssess } from './docx-helpers';
import { gradedQuarter, pdfFacts } from './forms-helpers';
import { callOk, fixture, openTestDesk, tempDir, testPrinter } from './helpers';

const run = promisify(execFile);
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const cbAssess = (name: string) => fixture(`cb-assess/${name}`);
const soffice = existsSync('/usr/bin/soffice');
afterAll(() => testPrinter.close());

/** Well-formed XML, by the strict parser exceljs uses (what Word would choke on). */
async function parses(xml: string) {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The graded, published quarter with 丁一's two records, a long 小结 and a 容错 decision, and three people of 办公室. */
async function quarter() {
  const ctx = await openTestDesk();
  const q = await gradedQuarter(ctx, { publish: false });
  const ding = q.ids['丁一'];
  for (const [date, content, progress] of [
    ['2025-01-06', '起草年度工作要点', '已完成'],
    ['2025-02-12', '医保基金专项检查 <复核> & 整改', '进行中'],
  ])
    await callOk(ctx, 'records:save', { periodId: q.periodId, personId: ding, date, content, progress, note: null });
  await callOk(ctx, 'summaries:save', {
    periodId: q.periodId,
    personId: ding,
    text: '本季度认真学习政策。\n按时完成各项任务。',
    attendance: { absentDays: 0, leaveDays: 2, lateTimes: 1 },
  });
  const incident = await callOk(ctx, 'incidents:save', {
    personId: ding,
    unitId: q.office.id,
    kind: '工作推进不理想',
    handling: '提醒谈话',
    date: '2025-02-20',
    reason: '专项检查进度滞后',
    docNo: null,
  });
  await callOk(ctx, 'incidents:tolerance', {
    id: incident.id,
    decision: 'exempt',
    body: '局党组',
    docNo: '医保党〔2025〕3号',
    date: '2025-03-01',
    distinction: 1,
    note: null,
  });
  await callOk(ctx, 'periods:advance', { id: q.periodId });
  const { period, facts } = await ctx.folder.read((view) => templateFacts(view, { periodId: q.periodId, unitId: q.office.id }));
  return { period, three: facts.slice(0, 3) };
}

describe('a clerk’s Word form as a template', () => {
  it('fills three people: the values in the XML, no placeholder left, a valid document, the preview’s PDF holds the values', async () => {
    const { three } = await quarter();
    const template = docxPackage(registerDocxXml());
    expect(templateFormat(template, '登记表.docx')).toBe('docx');
    const copies = fillDocxCopies(template, '本省登记表', three);
    const dir = await tempDir();

    const ding = three.find((f) => f.name === '丁一')!;
    for (const [i, copy] of copies.entries()) {
      const xml = new PizZip(copy.bytes).file('word/document.xml')!.asText();
      await parses(xml);
      const text = docxText(xml);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).toContain(three[i].name);
      expect(text).toContain('（2025年第一季度）');
      expect(text).toContain(`签名：${three[i].name}`);
      // Fonts, fixed heights and merges stay the template's.
      expect(xml).toContain('w:eastAsia="方正小标宋简体"');
      expect(xml).toContain('w:hRule="exact"');
      expect(xml).toContain('<w:vMerge w:val="restart"/>');
    }
    const dingXml = new PizZip(copies[three.indexOf(ding)].bytes).file('word/document.xml')!.asText();
    const dingText = docxText(dingXml);
    expect(dingText).toContain('本季度认真学习政策。\n按时完成各项任务。');
    expect(dingText).toContain('经审定，2025年第一季度平时考核等次为“好”。（好）');
    // One table row per record, the special characters escaped in the XML and whole in the text.
    expect(dingText).toContain('2025年1月6日\n起草年度工作要点\n已完成');
    expect(dingText).toContain('2025年2月12日\n医保基金专项检查 <复核> & 整改\n进行中');
    expect(dingXml).toContain('&lt;复核&gt; &amp; 整改');
    expect(dingText).toContain('工作纪实（共2条）');
    expect(dingText).toContain('本期有经认定的容错事项');
    expect(dingText).not.toContain('本期没有表现记录');
    const other = docxText(new PizZip(copies[three.indexOf(ding) === 0 ? 1 : 0].bytes).file('word/document.xml')!.asText());
    expect(other).not.toContain('容错事项');
    expect(other).toContain('本期没有表现记录');

    // One document for the unit: three sections, each person on a new page.
    const together = docxOutput(copies, 'together');
    expect(together.extension).toBe('docx');
    const joinedXml = new PizZip(together.bytes).file('word/document.xml')!.asText();
    await parses(joinedXml);
    expect(joinedXml.match(/<w:sectPr\b/g)).toHaveLength(3);
    for (const f of three) expect(docxText(joinedXml)).toContain(`签名：${f.name}`);
    const perPerson = docxOutput(copies, 'perPerson');
    expect(perPerson.extension).toBe('zip');
    expect(Object.keys(new PizZip(perPerson.bytes).files).sort()).toEqual(three.map((f) => `${f.name}.docx`).sort());

    // Re-opened by LibreOffice: a valid document it converts to PDF.
    const joinedFile = join(dir, '办公室.docx');
    await writeFile(joinedFile, together.bytes);
    if (soffice) {
      await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, joinedFile], { timeout: 120_000 });
      const lo = await pdfFacts(join(dir, '办公室.pdf'));
      expect(lo.pages).toBeGreaterThanOrEqual(3);
      for (const f of three) expect(lo.text).toContain(f.name);
    }

    // The preview (docx-preview's layout, no script left) and its PDF from the same printer.
    const html = await docxPrintHtml(together.bytes, '本省登记表', testPrinter);
    expect(html).not.toMatch(/<script/i);
    const pdf = await testPrinter.toPdf(html);
    const pdfFile = join(dir, 'preview.pdf');
    await writeFile(pdfFile, pdf);
    const facts = await pdfFacts(pdfFile);
    const flat = facts.text.replace(/\s+/g, '');
    for (const f of three) expect(flat).toContain(`签名：${f.name}`);
    expect(flat).toContain('起草年度工作要点');
    expect(flat).toContain('经审定，2025年第一季度平时考核等次为“好”');
    expect(facts.pages).toBe(3);
    expect(Math.round(facts.width)).toBe(595);
    await mkdir(artifacts, { recursive: true });
    await run('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', pdfFile, join(artifacts, 'template-docx-preview')]);
  }, 180_000);

  it('fills the cb-assess 公务员平时考核登记表 with its placeholders renamed to ours', async () => {
    const { three } = await quarter();
    const original = await readFile(cbAssess('公务员平时考核登记表.docx'));
    const asIs = new PizZip(original);
    const xml = asIs.file('word/document.xml')!.asText();
    // As published, its names are not ours: each is named, with what it probably means.
    expect(() => checkDocxTemplate(original, '原表')).toThrow(/“\{\{userName\}\}”是不是“\{\{姓名\}\}”/);
    expect(() => checkDocxTemplate(original, '原表')).toThrow(/“\{\{@organSeal\}\}”：程序不支持“@”开头的占位符/);
    // The public template's own (poi-tl) names → ours; its seal picture tag goes.
    asIs.file('word/document.xml', renameCbAssess(xml));
    const ours = asIs.generate({ type: 'uint8array' });
    const copies = fillDocxCopies(ours, '公务员平时考核登记表', three);
    const dingCopy = copies.find((c) => c.name === '丁一')!;
    const text = docxText(new PizZip(dingCopy.bytes).file('word/document.xml')!.asText());
    expect(text).toContain('（2025年第一季度）');
    expect(text).toContain('本季度认真学习政策。');
    expect(text).toContain('旷工0天');
    expect(text).toContain('病事假2天');
    expect(text).not.toMatch(/\{\{/);

    const dir = await tempDir();
    await mkdir(artifacts, { recursive: true });
    const filled = join(dir, 'cb-assess-filled.docx');
    await writeFile(filled, dingCopy.bytes);
    const html = await docxPrintHtml(dingCopy.bytes, '公务员平时考核登记表', testPrinter);
    const pdfFile = join(dir, 'cb-assess-preview.pdf');
    await writeFile(pdfFile, await testPrinter.toPdf(html));
    const flat = (await pdfFacts(pdfFile)).text.replace(/\s+/g, '');
    expect(flat).toContain('丁一');
    expect(flat).toContain('本季度认真学习政策');
    await run('pdftoppm', ['-r', '50', '-png', pdfFile, join(artifacts, 'cb-assess-preview')]);
    if (soffice) {
      // The original and the filled copy as LibreOffice prints them, to look at side by side.
      const originalFile = join(dir, 'cb-assess-original.docx');
      await copyFile(cbAssess('公务员平时考核登记表.docx'), originalFile);
      for (const f of [originalFile, filled]) {
        await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, f], { timeout: 120_000 });
        const base = f.replace(/\.docx$/, '');
        await run('pdftoppm', ['-r', '50', '-png', `${base}.pdf`, join(artifacts, base.split('/').pop()!)]);
      }
    }
  }, 180_000);

  it('says what is wrong with a Word template, one sentence each', async () => {
    const xml = registerDocxXml();
    const refused = (documentXml: string) => {
      try {
        checkDocxTemplate(docxPackage(documentXml), '表');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(refused(xml)).toBe('');
    expect(refused(xml.replace('{{性别}}', '{{职称}}'))).toMatch(/“\{\{职称\}\}”不是程序认识的占位符/);
    expect(refused(xml.replace('{{性别}}', '｛｛性别｝｝'))).toMatch(/全角/);
    expect(refused(xml.replace('{{/有容错}}', ''))).toMatch(/“\{\{#有容错\}\}”后面缺少对应的结束标记“\{\{\/有容错\}\}”/);
    expect(refused(xml.replace('{{性别}}', '{{#姓名}}x{{/姓名}}'))).toMatch(/是文字占位符，不能用“#”“\^”/);
    expect(refused(xml.replace('{{日期}}', '{{文号}}'))).toMatch(/“\{\{文号\}\}”不是程序认识的占位符/);
    expect(refused(xml.replace(/\{\{[^}]*\}\}/g, ''))).toMatch(/没有任何占位符/);

    // A .doc (the old binary format): how to save it as .docx.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', Buffer.alloc(600));
    const doc = XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
    expect(() => templateFormat(doc, '年度考核登记表.doc')).toThrow(
      '无法使用“年度考核登记表.doc”作模板：它是旧版 Word 文档（.doc），程序只能读取 .docx。请在 WPS 或 Word 中打开它，点“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，再添加另存的文件。',
    );
    // A damaged one: cut short, or its XML broken.
    const good = docxPackage(xml);
    expect(() => templateFormat(good.subarray(0, good.length - 100), 'x.docx')).toThrow(/损坏或不完整/);
    expect(refused(xml.replace('</w:body>', ''))).toMatch(/XML 已损坏|无法读取/);
  });
});
