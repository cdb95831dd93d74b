import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, REPO, expect, test } from './fixtures';

/**
 * The Insigma 干部名册 a clerk actually has (sections per unit, the unit at the start of 现任职务,
 * the hidden 单位归口 column), imported through the dialog on a 1366×768 screen.
 */
const fixture = (name: string) => join(REPO, 'test', 'fixtures', 'rosters', name);

test.use({ viewport: { width: 1366, height: 768 } });

async function createOrg(page: Page) {
  await page.getByLabel('单位名称').fill('XX市医疗保障局');
  await page
    .getByLabel('内设科室')
    .fill(['办公室', '组织人事科', '规划财务和法规科', '待遇保障科', '医药服务管理科', '医药价格和招标采购科', '基金监管科'].join('\n'));
  await page.getByLabel('二层单位').fill('医疗保障事业管理中心');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 0 人');
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: /^导入花名册/ });
const previewRow = (page: Page, name: string) =>
  importDialog(page).getByTestId('import-preview').locator('.ant-table-row').filter({ hasText: name });

test('干部名册 with a section per unit: units and their sources, every column, the roles its posts imply', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await createOrg(page);
  await page.getByRole('button', { name: '导入花名册' }).click();
  const dialog = importDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('干部名册-分单位段.xls'));
  await expect(dialog).toHaveAccessibleName('导入花名册：干部名册-分单位段.xls');
  await expect(dialog.getByTestId('import-counts')).toContainText('新增 10');
  await expect(dialog.getByTestId('import-counts')).toContainText('有错误 0');
  await expect(dialog.getByTestId('unit-sources')).toHaveText('单位来自：分段标题 5 行，职务中的单位 5 行');
  await expect(previewRow(page, '覃建华')).toContainText('待遇保障科 ← 职务中的单位');
  await expect(previewRow(page, '韦国强')).toContainText('局机关 ← 分段标题');
  await expect(
    dialog.getByText('将新建 2 个单位：医疗保障事业管理中心 结算科（新科室）、医疗保障事业管理中心 综合科（新科室）'),
  ).toBeVisible();
  await expect(dialog.getByTestId('import-file-warnings')).toContainText(
    '表中没有“身份证号”列：10 人按姓名和出生年月与花名册中已有的人对应',
  );
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'import-sections-rows.png') });

  // Every column: the hidden 单位归口 is listed with its value; mapping it previews the file again.
  await dialog.getByRole('tab', { name: '表格中的列（未使用 1）' }).click();
  const columns = dialog.getByTestId('import-columns');
  await expect(columns.locator('.ant-table-row').first()).toContainText('单位归口');
  await expect(columns.locator('.ant-table-row').first()).toContainText('2');
  await expect(columns).toContainText('全日制教育/毕业院校及专业');
  await page.screenshot({ path: join(ARTIFACTS, 'import-sections-columns.png') });
  await columns.getByLabel('“单位归口”列导入为').fill('联系电话');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('tab', { name: '表格中的列（未使用 0）' })).toBeVisible();
  await expect(columns.locator('.ant-table-row').first()).toContainText('已指定');

  // The roles the posts imply, ticked; one is left out.
  await dialog.getByRole('tab', { name: /^一并导入/ }).click();
  const proposals = dialog.getByTestId('import-proposals');
  await expect(proposals).toContainText('管理职责（8/8）');
  await expect(proposals).toContainText('韦国强：党组主要负责人（全局）');
  await expect(proposals).toContainText('黎晓梅：组织人事负责人（全局）');
  await proposals.getByRole('checkbox', { name: /陆志明：二层单位班子成员/ }).uncheck();
  await expect(proposals).toContainText('管理职责（7/8）');
  await expect(dialog.getByRole('tab', { name: '一并导入（7/8）' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'import-sections-proposals.png') });
});

test('gbhmc1 without unit column: 导入到 places the row whose post names no unit', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await createOrg(page);
  await page.getByRole('button', { name: '导入花名册' }).click();
  const dialog = importDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('gbhmc1-单位在现任职务中.xls'));
  await expect(dialog.getByTestId('import-counts')).toContainText('有错误 1');
  await expect(dialog.getByTestId('unit-sources')).toHaveText('单位来自：职务中的单位 6 行；1 行找不到单位，请选择“导入到”');
  await expect(previewRow(page, '邓立新')).toContainText('找不到单位');

  await dialog.getByLabel('导入到：').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('办公室', { exact: true }).click();
  await expect(dialog.getByTestId('import-counts')).toContainText('有错误 0');
  await expect(dialog.getByTestId('unit-sources')).toHaveText('单位来自：职务中的单位 6 行，导入到 1 行');
  await expect(previewRow(page, '邓立新')).toContainText('办公室 ← 导入到');
  await page.screenshot({ path: join(ARTIFACTS, 'import-target.png') });
});
