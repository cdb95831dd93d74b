import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { docxPackage, registerDocxXml, renameCbAssess, xlsxFromWordForm } from '../unit/docx-helpers';
import { ARTIFACTS, expect, REPO, test } from './fixtures';

const run = promisify(execFile);

/** 考核设置 → 表格样式 → 添加模板 with a file and a name. */
async function addTemplate(page: Page, file: string, name: string) {
  await page.getByRole('menuitem', { name: '考核设置' }).click();
  await page.getByRole('tab', { name: '表格样式' }).click();
  await page.getByRole('button', { name: '添加模板' }).click();
  const dialog = page.getByRole('dialog', { name: '添加表格模板' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByLabel('模板名称').fill(name);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

test('表格样式: a province’s form added as a template, previewed, a unit printed from it as PDF; a Word one too', async ({
  page,
  appUrl,
}, info) => {
  test.setTimeout(150_000);
  // The clerk's screen.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appUrl);
  await page.getByLabel('人数').fill('40');
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText(/^共 \d+ 人$/);

  // The real cb-assess 公务员平时考核登记表 rebuilt in Excel with our placeholders.
  const docx = await readFile(join(REPO, 'test/fixtures/cb-assess/公务员平时考核登记表.docx'));
  const xlsx = info.outputPath('省登记表.xlsx');
  await writeFile(xlsx, await xlsxFromWordForm(docx, renameCbAssess));

  // A file with a mistake first: every problem told, nothing added.
  const wrong = info.outputPath('有错的表.docx');
  await writeFile(wrong, docxPackage(registerDocxXml().replace('{{性别}}', '{{职称}}')));
  await page.getByRole('menuitem', { name: '考核设置' }).click();
  await page.getByRole('tab', { name: '表格样式' }).click();
  await page.getByRole('button', { name: '添加模板' }).click();
  const dialog = page.getByRole('dialog', { name: '添加表格模板' });
  await dialog.locator('input[type=file]').setInputFiles(wrong);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('“{{职称}}”不是程序认识的占位符');
  await dialog.getByRole('button', { name: '取消' }).click();

  await addTemplate(page, xlsx, '省登记表');
  await expect(page.getByText('{{个人小结}}').first()).toBeVisible(); // the placeholder list
  await page.screenshot({ path: join(ARTIFACTS, 'templates-settings.png') });

  // Preview from the settings: the demo's latest period, filled.
  await page
    .getByRole('row', { name: /省登记表/ })
    .getByRole('button', { name: '预览' })
    .click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const frame = preview.frameLocator('iframe[title="打印预览"]');
  await expect(frame.locator('td').filter({ hasText: '公务员平时考核登记表' }).first()).toBeVisible();
  await expect(frame.locator('body')).not.toContainText('{{');
  await expect(preview.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'templates-preview-xlsx.png') });
  await preview.getByRole('button', { name: '关闭' }).click();

  // 考核周期 → a unit → 打印 → the template: the unit's people, saved as one PDF.
  await page.getByRole('menuitem', { name: '考核周期' }).click();
  await page.getByRole('menu', { name: '考核周期列表' }).getByRole('menuitem').filter({ hasText: '已归档' }).first().click();
  await page.locator('.ant-select', { hasText: '全部单位' }).first().click();
  await page.getByRole('tree').last().getByText('办公室', { exact: true }).click();
  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: /^省登记表（/ }).click();
  await expect(frame.locator('td').filter({ hasText: '公务员平时考核登记表' }).first()).toBeVisible();
  const names = await frame.locator('tr').nth(2).locator('td').nth(1).allTextContents();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await preview.getByRole('button', { name: '另存为 PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^省登记表-.+\.pdf$/);
  const file = join(ARTIFACTS, 'template-unit-e2e.pdf');
  await pdf.saveAs(file);
  const text = (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, '');
  expect(text).toContain('公务员平时考核登记表');
  for (const n of names) expect(text).toContain(n.trim());
  expect(text).not.toContain('{{');
  await preview.getByRole('button', { name: '关闭' }).click();

  // A Word template: preview drawn from the .docx, with what may differ from Word, and the choice of one document or one each.
  const word = info.outputPath('登记表.docx');
  await writeFile(word, docxPackage(registerDocxXml()));
  await addTemplate(page, word, 'Word登记表');
  await page
    .getByRole('row', { name: /Word登记表/ })
    .getByRole('button', { name: '预览' })
    .click();
  await expect(preview.getByText('预览由程序按 Word 文件排版')).toBeVisible();
  await expect(frame.locator('section.docx').first()).toContainText('公务员平时考核登记表');
  await expect(frame.locator('body')).not.toContainText('{{');
  await expect(preview.getByRole('radio', { name: '每人一个' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'templates-preview-docx.png') });
  // In the browser, 在 WPS/Word 中打开 downloads the document.
  const opened = page.waitForEvent('download', { timeout: 120_000 });
  await preview.getByRole('button', { name: '在 WPS/Word 中打开' }).click();
  expect((await opened).suggestedFilename()).toMatch(/^Word登记表-.+\.docx$/);
});
