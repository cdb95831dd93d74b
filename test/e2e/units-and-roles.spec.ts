import type { Page } from '@playwright/test';
import { expect, rosterRow, test } from './fixtures';

/** An antd Card by its exact title. */
const card = (page: Page, title: string) => page.locator('.ant-card', { has: page.getByText(title, { exact: true }) });

test('units: rename, reorder, refused close; roles: add, edit, delete; status: 借调', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室\n组织人事科');
  await page.getByLabel('二层单位').fill('医疗保障事业管理中心');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await page.getByRole('tree').getByText('组织人事科').click();
  await page.getByRole('button', { name: '新增人员' }).click();
  await page.getByLabel('姓名', { exact: true }).fill('韦华');
  await page.keyboard.press('Control+Enter');
  await expect(rosterRow(page, '韦华')).toBeVisible();

  // 借调 needs a 借调单位; the tag then says 借调.
  await rosterRow(page, '韦华').getByRole('button', { name: '状态' }).click();
  await page.getByRole('menuitem', { name: '借调' }).click();
  const status = page.getByRole('dialog', { name: '变更状态：韦华' });
  await status.getByRole('button', { name: '确定' }).click();
  await expect(status.getByLabel('借调单位')).toHaveAccessibleDescription('请填写借调单位');
  await status.getByLabel('借调单位').fill('市委巡察办');
  await page.keyboard.press('Control+Enter');
  await expect(status).toBeHidden();
  await expect(rosterRow(page, '韦华')).toContainText('借调');

  await page.getByRole('menuitem', { name: '单位与职责' }).click();
  const units = card(page, '单位');
  // A subunit gets its own 科室; a 科室 with people in it cannot be closed (the service says why).
  await units
    .getByRole('row', { name: /医疗保障事业管理中心/ })
    .getByRole('button', { name: '新增科室' })
    .click();
  await page.getByRole('dialog', { name: '在“医疗保障事业管理中心”下新增科室' }).getByLabel('科室名称').fill('稽核科');
  await page.keyboard.press('Control+Enter');
  await expect(units.getByRole('row', { name: /稽核科/ })).toBeVisible();
  await units
    .getByRole('row', { name: /组织人事科/ })
    .getByRole('button', { name: '撤销' })
    .click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('“组织人事科”还有 1 名在职人员（如韦华），请先把他们调到其他单位。')).toBeVisible();

  // Rename and move up: the order of the rows follows.
  await units
    .getByRole('row', { name: /组织人事科/ })
    .getByRole('button', { name: '改名' })
    .click();
  await page.getByRole('dialog', { name: '重命名科室“组织人事科”' }).getByLabel('科室名称').fill('人事科');
  await page.keyboard.press('Control+Enter');
  await units
    .getByRole('row', { name: /人事科/ })
    .getByRole('button', { name: '上移' })
    .click();
  await expect(units.locator('.ant-table-row').nth(1)).toContainText('人事科');
  await expect(units.locator('.ant-table-row').nth(2)).toContainText('办公室');

  // A 科室负责人 over 人事科, then ended, then deleted.
  const roles = card(page, '管理职责');
  await page.getByRole('button', { name: '新增管理职责' }).click();
  const dialog = page.getByRole('dialog', { name: '新增管理职责' });
  await dialog.getByRole('combobox', { name: '人员' }).fill('韦华');
  await page.keyboard.press('Enter');
  await dialog.getByRole('combobox', { name: '职责' }).click();
  await page.getByTitle('科室负责人', { exact: true }).click();
  await dialog.getByRole('combobox', { name: '范围' }).click();
  await page.getByRole('tree').last().getByText('人事科').click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(roles.getByRole('row', { name: /韦华 科室负责人 人事科/ })).toBeVisible();

  await roles.getByRole('row', { name: /韦华/ }).getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑管理职责' });
  const until = edit.getByLabel('结束日期');
  await until.click();
  await until.fill('2020-01-01');
  await until.press('Enter');
  await edit.getByRole('button', { name: '确定' }).click();
  await expect(edit.getByText('任职结束日期不能早于开始日期。')).toBeVisible();
  await edit.getByRole('button', { name: '取消' }).click();

  await roles.getByRole('row', { name: /韦华/ }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(roles.getByText('还没有登记管理职责')).toBeVisible();
});
