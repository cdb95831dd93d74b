import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterNames, rosterRow, test } from './fixtures';

/** Opens 新增人员 with the keyboard, types the fields given (label → text) and saves with Ctrl+Enter. */
async function addPerson(page: Page, fields: Record<string, string>) {
  await page.keyboard.press('Alt+N');
  const drawer = page.getByRole('dialog', { name: '新增人员' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('姓名', { exact: true })).toBeFocused();
  for (const [label, value] of Object.entries(fields)) {
    const input = drawer.getByLabel(label, { exact: true });
    await input.fill(value);
    await input.press('Tab');
  }
  await page.keyboard.press('Control+Enter');
  return drawer;
}

test('first run: set up the organisation, add a 科室 and people, survive a reload', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '平时考核 · 首次使用' })).toBeVisible();

  // Setup: a name is required (Chinese message inline), then create.
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByLabel('单位名称')).toHaveAccessibleDescription('请填写单位名称');
  await page.getByLabel('单位名称').fill('局');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByLabel('单位名称')).toHaveAccessibleDescription('单位名称至少2个字'); // the service's rule, under the field
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室\n组织人事科');
  await page.getByLabel('二层单位').fill('医疗保障事业管理中心');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('banner').getByText('贵港市医疗保障局')).toBeVisible();

  // 单位与职责: one more 科室 under 局机关.
  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  const bureauRow = page.getByRole('row', { name: /局机关/ });
  await bureauRow.getByRole('button', { name: '新增科室' }).click();
  const unitDialog = page.getByRole('dialog', { name: '在“局机关”下新增科室' });
  await unitDialog.getByLabel('科室名称').fill('基金监管科');
  await page.keyboard.press('Control+Enter');
  await expect(unitDialog).toBeHidden();
  await expect(page.getByRole('row', { name: /基金监管科/ })).toBeVisible();

  // 花名册: choose 办公室 in the tree so new people land there.
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await page.getByRole('tree').getByText('办公室').click();

  // A valid ID with 出生年月/性别 left blank: the service fills them from the ID.
  let drawer = await addPerson(page, { 姓名: '王五', 身份证号: '11010519491231002X' });
  await expect(drawer).toBeHidden();
  drawer = await addPerson(page, { 姓名: '丁一', 出生年月: '1985.3', 职务: '科员' });
  await expect(drawer).toBeHidden();
  drawer = await addPerson(page, { 姓名: '欧阳修', 出生年月: '1990年7月' });
  await expect(drawer).toBeHidden();

  const wang = rosterRow(page, '王五');
  await expect(wang).toContainText('1949.12');
  await expect(wang).toContainText('女');
  // 身份证号 is a column to choose in “列” (masked; the list fits 1366 px without it).
  await page.getByRole('button', { name: '选择显示的列' }).click();
  await page.getByRole('checkbox', { name: '身份证号' }).check();
  await page.keyboard.press('Escape');
  await expect(wang.getByTestId('id-number')).toHaveText('1101**********002X');
  await expect(rosterRow(page, '丁一')).toContainText('1985.03');
  await expect(rosterRow(page, '欧阳修')).toContainText('1990.07');

  // A wrong check digit: the Chinese message under the field, nothing saved.
  drawer = await addPerson(page, { 姓名: '李四', 身份证号: '110105194912310021' });
  const idInput = drawer.getByLabel('身份证号', { exact: true });
  await expect(idInput).toHaveAccessibleDescription('身份证号校验位错误：应为X，实为1');
  // The service's own refusal (the ID is already 王五's) lands under the same field.
  await idInput.fill('11010519491231002X');
  await page.keyboard.press('Control+Enter');
  await expect(idInput).toHaveAccessibleDescription(/已登记在 王五（办公室）名下/);
  // Typed-in data is not dropped without asking.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃' }).click();
  await expect(drawer).toBeHidden();
  await expect(rosterRow(page, '李四')).toHaveCount(0);

  // After a reload (token kept in sessionStorage) everything is still there, 按姓氏笔画.
  await page.reload();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText('共 3 人');
  await expect(rosterNames(page)).toHaveText(['丁一', '王五', '欧阳修']);
  await expect(page.getByRole('tree')).toContainText('基金监管科');

  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'first-run.png'), fullPage: true });
});
