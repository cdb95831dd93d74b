import PizZip from 'pizzip';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDataFiles } from '../../electron/services/backup/bundle';
import { docxPackage, registerDocxXml, renameCbAssess, xlsxFromWordForm } from './docx-helpers';
import { gradedQuarter, pdfFacts } from './forms-helpers';
import { cli } from './cli-process';
import { callFail, callOk, fixture, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function provinceForm(): Promise<Uint8Array> {
  const docx = await readFile(fixture('cb-assess/公务员平时考核登记表.docx'));
  return xlsxFromWordForm(docx, renameCbAssess);
}

describe('templates in the data folder (考核设置 → 表格样式)', () => {
  it('adds, lists, fills, exports again, backs up and removes, each change one audit entry', async () => {
    const dir = await tempDir();
    const ctx = await openTestDesk(join(dir, 'data'));
    const q = await gradedQuarter(ctx, { publish: true });
    const xlsx = await provinceForm();

    // A file with problems is refused whole: nothing is written.
    const wrong = docxPackage(registerDocxXml().replace('{{性别}}', '{{职称}}'));
    const refused = await callFail(ctx, 'templates:add', { name: '有错', source: { fileName: '有错.docx', dataBase64: b64(wrong) } });
    expect(refused.message).toMatch(/^模板“有错”还不能使用：\n“\{\{职称\}\}”不是程序认识的占位符/);
    expect(existsSync(join(dir, 'data', 'templates.json'))).toBe(false);

    const added = await callOk(ctx, 'templates:add', { name: '省登记表', source: { fileName: '省登记表.xlsx', dataBase64: b64(xlsx) } });
    expect(added).toMatchObject({ name: '省登记表', format: 'xlsx', fileName: '省登记表.xlsx', bytes: xlsx.length });
    const word = await callOk(ctx, 'templates:add', {
      name: 'Word登记表',
      source: { fileName: '登记表.docx', dataBase64: b64(docxPackage(registerDocxXml())) },
    });
    expect((await callOk(ctx, 'templates:list', {})).templates.map((t) => t.name)).toEqual(['省登记表', 'Word登记表']);
    expect(
      (await callFail(ctx, 'templates:add', { name: ' 省登记表 ', source: { fileName: 'x.xlsx', dataBase64: b64(xlsx) } })).message,
    ).toBe('已经有名为“省登记表”的模板：请换一个名称，或先删除原来的。');
    expect(await listDataFiles(join(dir, 'data'))).toContain('templates.json');
    // Written by the transaction like every data file: 校验数据 finds nothing changed outside the program.
    expect((await callOk(ctx, 'data:verify', {})).ok).toBe(true);
    const audit = await callOk(ctx, 'audit:recent', { limit: 5 });
    expect(audit.filter((e) => e.action === 'template.add').map((e) => e.summary)).toEqual([
      expect.stringMatching(/^添加表格模板“Word登记表”（Word，登记表\.docx，\d+ KB）$/),
      expect.stringMatching(/^添加表格模板“省登记表”（Excel，省登记表\.xlsx，\d+ KB）$/),
    ]);

    // Filled for a unit: the preview says how it can be saved; the PDF holds the people.
    const request = { form: 'template' as const, template: '省登记表', periodId: q.periodId, unitId: q.office.id };
    const preview = await callOk(ctx, 'forms:preview', { request });
    expect(preview).toMatchObject({ title: '省登记表（2025年第一季度）', outputs: ['xlsx', 'pdf'], note: null, copies: 4 });
    expect(preview.html).toContain('丁一');
    const pdf = await callOk(ctx, 'forms:export', { request, format: 'pdf', file: join(dir, '省登记表.pdf') });
    const text = (await pdfFacts(pdf.file!)).text.replace(/\s+/g, '');
    for (const name of ['丁一', '卜二', '马三', '王五']) expect(text).toContain(name);
    expect((await callFail(ctx, 'forms:export', { request, format: 'docx' })).message).toBe(
      '“省登记表”是 Excel 模板，只能导出 Excel 或 PDF。',
    );

    // A Word template: one .docx each in a zip, or one document; its preview notes where it may differ from Word.
    const wordRequest = { ...request, template: word.id };
    const wordPreview = await callOk(ctx, 'forms:preview', { request: wordRequest });
    expect(wordPreview.outputs).toEqual(['docx', 'pdf']);
    expect(wordPreview.note).toMatch(/在 WPS\/Word 中打开/);
    const zip = await callOk(ctx, 'forms:export', { request: wordRequest, format: 'docx', layout: 'perPerson' });
    expect(zip.fileName).toBe('Word登记表-2025年第一季度-办公室.zip');
    expect(Object.keys(new PizZip(Buffer.from(zip.dataBase64!, 'base64')).files)).toHaveLength(4);
    const one = await callOk(ctx, 'forms:export', { request: wordRequest, format: 'docx' });
    expect(one.fileName).toBe('Word登记表-2025年第一季度-办公室.docx');

    // Exported again: the very file that was added.
    const again = await callOk(ctx, 'templates:export', { id: added.id });
    expect(again.fileName).toBe('省登记表.xlsx');
    expect(Buffer.from(again.dataBase64!, 'base64').equals(Buffer.from(xlsx))).toBe(true);

    // Backed up with the data: removed, then restored, it is back.
    await callOk(ctx, 'data:backup', { file: join(dir, 'all.backup') });
    await callOk(ctx, 'templates:remove', { id: added.id });
    expect((await callOk(ctx, 'templates:list', {})).templates.map((t) => t.name)).toEqual(['Word登记表']);
    expect((await callOk(ctx, 'audit:recent', { limit: 1 }))[0]).toMatchObject({
      action: 'template.remove',
      summary: '删除表格模板“省登记表”（Excel，省登记表.xlsx）',
    });
    await callOk(ctx, 'data:restore', { file: join(dir, 'all.backup') });
    expect((await callOk(ctx, 'templates:list', {})).templates.map((t) => t.name)).toEqual(['省登记表', 'Word登记表']);
    await ctx.folder.close();

    // The CLI fills a template by its name.
    const out = join(dir, 'cli.pdf');
    const run = await cli([
      'export',
      'template',
      '省登记表',
      out,
      '--period',
      q.periodId,
      '--person',
      q.ids['丁一'],
      '--data',
      join(dir, 'data'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已导出到 .*cli\.pdf（\d+ KB）。/);
    expect((await pdfFacts(out)).text).toContain('丁一');
    const zipRun = await cli(['export', 'template', 'Word登记表', join(dir, 'w.zip'), '--period', q.periodId, '--data', join(dir, 'data')]);
    expect(zipRun.code).toBe(0);
    expect(Object.keys(new PizZip(await readFile(join(dir, 'w.zip'))).files).length).toBe(8);
    const missing = await cli(['export', 'template', '没有这个', join(dir, 'x.pdf'), '--period', q.periodId, '--data', join(dir, 'data')]);
    expect(missing.code).toBe(1);
    await writeFile(join(dir, 'done'), '');
  }, 240_000);
});
