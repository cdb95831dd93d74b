import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, createFixtureOrg, expect, REPO, rosterRow, test } from './fixtures';

/**
 * The Insigma 干部名册 a clerk actually has (sections per unit, the unit at the start of 现任职务,
 * the hidden 单位归口 column), imported through the dialog on a 1366×768 screen.
 */
const fixture = (name: string) => join(REPO, 'test', 'fixtures', 'rosters', name);

test.use({ viewport: { width: 1366, height: 768 } });

const importDialog = (page: Page) => page.getByRole('dialog', { name: /^导入花名册/ });
const previewRow = (page: Page, name: string) =>
  importDialog(page).getByTestId('import-preview').locator('.ant-table-row').filter({ hasText: name });

test('干部名册 with a section per unit: units and their sources, every column, the roles its posts imply', async ({
  page,
  appUrl,
  dataDir,
}) => {
  await page.goto(appUrl);
  await createFixtureOrg(page);
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

  // Written: the people, the two new 科室, the seven roles left ticked.
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible();
  await expect(dialog).toContainText(
    '新增 10 人，更新 0 人，无变化 0 人，新建单位 医疗保障事业管理中心 结算科、医疗保障事业管理中心 综合科，管理职责 7 项。',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'import-sections-done.png') });
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 10 人');
  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  const roles = page.locator('.ant-card').filter({ hasText: '管理职责' });
  await expect(roles.locator('.ant-table-row')).toHaveCount(7);
  await expect(roles.locator('.ant-table-row').filter({ hasText: '黎晓梅' })).toHaveCount(2);
  await expect(roles.locator('.ant-table-row').filter({ hasText: '陆志明' })).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'import-sections-roles.png') });

  // 分管单位 through the 管理职责 sheet: the template comes filled with the roles held; 蒙丽娟's row gets two units.
  const [download] = await Promise.all([page.waitForEvent('download'), roles.getByRole('button', { name: '下载导入模板' }).click()]);
  expect(download.suggestedFilename()).toBe('管理职责导入表.xlsx');
  const file = join(dirname(dataDir), '管理职责导入表.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const row = [4, 5, 6, 7, 8, 9, 10].find((r) => ws.getCell(r, 1).value === '蒙丽娟')!;
  ws.getCell(row, 5).value = '办公室、待遇保障科';
  await wb.xlsx.writeFile(file);
  await roles.getByRole('button', { name: '导入管理职责' }).click();
  const rolesDialog = page.getByRole('dialog', { name: /^导入管理职责/ });
  await rolesDialog.locator('input[type=file]').setInputFiles(file);
  await expect(rolesDialog.getByTestId('import-counts')).toContainText('有变化 1');
  await expect(rolesDialog.getByTestId('import-counts')).toContainText('无变化 6');
  await expect(rolesDialog.getByTestId('import-preview')).toContainText('分管单位：（空） → 办公室、待遇保障科');
  await page.screenshot({ path: join(ARTIFACTS, 'import-roles-preview.png') });
  await rolesDialog.getByRole('button', { name: '确认导入' }).click();
  await expect(rolesDialog).toContainText('新增 0 项，更新 1 项，无变化 6 项。');
  await rolesDialog.getByRole('button', { name: '完成' }).click();
  await expect(roles.locator('.ant-table-row').filter({ hasText: '蒙丽娟' })).toContainText('办公室、待遇保障科');
});

test('the national extraction workbook: sheets left aside, past annual results on the person', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await createFixtureOrg(page);
  await page.getByRole('button', { name: '导入花名册' }).click();
  const dialog = importDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(fixture('Data_(干部)模板-已填.xls'));
  await expect(dialog.getByTestId('import-counts')).toContainText('新增 5');
  await expect(dialog.getByTestId('import-counts')).toContainText('有错误 1');
  await expect(dialog.getByText(/未读取：“数据提取说明”（填表说明）、“B01单位”/)).toBeVisible();
  await expect(dialog.getByTestId('import-file-warnings')).toContainText('“A02职务”第10行：钱多多不在“A01人员”中，这一行的职务没有导入');
  await expect(previewRow(page, '刘洋')).toContainText('以数字保存');
  await expect(previewRow(page, '黄丽')).toContainText('推定 · 人员类别按编制类型“事业编制（参公）”推定为“参照管理事业单位工作人员”');
  await dialog.getByRole('tab', { name: /^一并导入/ }).click();
  await expect(dialog.getByTestId('import-proposals')).toContainText('历年年度考核结果（A15 考核）（3/3）');
  await page.screenshot({ path: join(ARTIFACTS, 'import-national-proposals.png') });
  await dialog.getByRole('button', { name: '只导入无误的行' }).click();
  await page.getByRole('tooltip').filter({ hasText: '只导入无误的行？' }).getByRole('button', { name: '导入' }).click();
  await expect(dialog).toContainText(
    '新增 5 人，更新 0 人，无变化 0 人，跳过 1 行有错误的行，管理职责 6 项，表现记录 2 条，历年年度考核结果 3 条。',
  );
  await dialog.getByRole('button', { name: '完成' }).click();

  await rosterRow(page, '赵敏').dblclick();
  const drawer = page.getByRole('dialog', { name: '编辑：赵敏' });
  await drawer.getByRole('tab', { name: '履历' }).click();
  await expect(drawer.getByRole('row', { name: '2024 称职 导入自 Data_(干部)模板-已填.xls' })).toBeVisible();
  await expect(drawer.getByRole('row', { name: '2023 优秀 导入自 Data_(干部)模板-已填.xls' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'import-national-person.png') });
});

test('gbhmc1 without unit column: 导入到 places the row whose post names no unit', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await createFixtureOrg(page);
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
