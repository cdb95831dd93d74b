import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, createFixtureOrg, expect, REPO, rosterRow, test } from './fixtures';

const fixture = (name: string) => join(REPO, 'test', 'fixtures', name);

/** The import dialog (its title gains the file's name once previewed). */
const importDialog = (page: Page) => page.getByRole('dialog', { name: /^导入花名册/ });

test('roster import: preview with errors, import the valid rows, export, re-import unchanged', async ({ page, appUrl, dataDir }) => {
  await page.goto(appUrl);
  await createFixtureOrg(page);

  // Choose the file (the Dragger's hidden input): the preview counts the rows and names each problem.
  await page.getByRole('button', { name: '导入花名册' }).click();
  const dialog = importDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('花名册-多级表头.xlsx'));
  await expect(dialog).toHaveAccessibleName('导入花名册：花名册-多级表头.xlsx');
  const counts = dialog.getByTestId('import-counts');
  await expect(counts).toContainText('新增 36');
  await expect(counts).toContainText('有错误 4');
  await expect(counts).toContainText('无变化 0');
  const rows = dialog.getByTestId('import-preview').locator('.ant-table-row');
  // Rows with errors come first, in file order, highlighted.
  await expect(rows.first()).toContainText('身份证号：身份证号校验位错误：应为7，实为0');
  await expect(rows.first().locator('.ant-table-cell').nth(1)).toHaveText('17');
  await expect(rows.first()).toHaveClass(/import-row-invalid/);
  await expect(dialog.getByText('将新建 3 个单位：')).toBeVisible();

  // All or nothing is refused while rows have errors; the reason is on screen.
  await expect(dialog.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expect(dialog.getByText('有 4 行有错误，不能整份导入：请修改文件后重新选择，或只导入无误的行。')).toBeVisible();

  // The problem list downloads (browser mode: the service returns the bytes).
  const [report] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '保存问题清单' }).click()]);
  expect(report.suggestedFilename()).toBe('花名册-多级表头-花名册导入问题.xlsx');

  await mkdir(ARTIFACTS, { recursive: true });
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'import-preview.png') });

  // Only the valid rows: the confirmation says how many are skipped.
  await dialog.getByRole('button', { name: '只导入无误的行' }).click();
  const confirm = page.getByRole('tooltip').filter({ hasText: '只导入无误的行？' });
  await expect(confirm).toContainText('将跳过 4 行有错误的行，只导入其余 36 行。');
  await confirm.getByRole('button', { name: '导入' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible();
  await expect(dialog).toContainText('新增 36 人，更新 0 人，无变化 0 人，跳过 4 行有错误的行，新建单位');
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('roster-count')).toHaveText('共 36 人');
  await expect(rosterRow(page, '吴超华')).toContainText('医疗保障事业管理中心 结算科');

  // 导出花名册 (whole bureau) downloads the A4 workbook …
  await page.getByRole('button', { name: '导出花名册' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '全局花名册' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^XX市医疗保障局花名册-\d{8}\.xlsx$/);
  const exported = join(dirname(dataDir), download.suggestedFilename());
  await download.saveAs(exported);

  // … which imports back with nothing to change.
  await page.getByRole('button', { name: '导入花名册' }).click();
  await dialog.locator('input[type=file]').setInputFiles(exported);
  await expect(counts).toContainText('无变化 36');
  await expect(counts).toContainText('新增 0');
  await expect(counts).toContainText('有变化 0');
  await expect(counts).toContainText('有错误 0');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog).toContainText('新增 0 人，更新 0 人，无变化 36 人。');
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 36 人');
});
