import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterRow, test } from './fixtures';

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dots = (iso: string) => iso.replaceAll('-', '.');

async function addPerson(page: Page, name: string) {
  await page.getByRole('button', { name: '新增人员' }).click();
  const drawer = page.getByRole('dialog', { name: '新增人员' });
  await drawer.getByLabel('姓名', { exact: true }).fill(name);
  await drawer.getByRole('button', { name: '保存', exact: true }).click();
  await expect(drawer).toBeHidden();
  await expect(rosterRow(page, name)).toBeVisible();
}

test('transfer with a date, then back up, change, restore', async ({ page, appUrl, dataDir }) => {
  const today = isoDay(new Date());
  const tomorrow = isoDay(new Date(Date.now() + 86_400_000));
  const yesterday = isoDay(new Date(Date.now() - 86_400_000));

  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室\n组织人事科');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await page.getByRole('tree').getByText('办公室').click();
  await addPerson(page, '张三');

  // 调动 to 组织人事科. A date before 张三 entered 办公室 (today) is refused, and the dialog says why.
  await rosterRow(page, '张三').getByRole('button', { name: '张三：调动或改变状态' }).click();
  await page.getByRole('menuitem', { name: '调动…' }).click();
  const dialog = page.getByRole('dialog', { name: '调动：张三' });
  await dialog.getByLabel('调往单位').click();
  await page.getByRole('tree').last().getByText('组织人事科').click();
  const date = dialog.getByLabel('调动日期');
  await date.click();
  await date.fill(yesterday);
  await date.press('Enter');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText(`调动日期 ${yesterday} 不能早于张三进入现单位的日期 ${today}。`)).toBeVisible();
  await date.click();
  await date.fill(tomorrow);
  await date.press('Enter');
  await dialog.getByLabel('备注').fill('工作需要');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  // 张三 left the unit on show; under 全部 he is in 组织人事科.
  await expect(rosterRow(page, '张三')).toHaveCount(0);
  await page.getByRole('tree').getByText('贵港市医疗保障局').click(); // the tree's root: everyone
  await expect(rosterRow(page, '张三')).toContainText('组织人事科');

  // 履历 lists both stays: 办公室 until the day before, 组织人事科 from the date.
  await rosterRow(page, '张三').dblclick();
  const drawer = page.getByRole('dialog', { name: '编辑：张三' });
  await drawer.getByRole('tab', { name: '履历' }).click();
  await expect(drawer.getByRole('row', { name: `办公室 ${dots(today)} ${dots(today)}` })).toBeVisible();
  await expect(drawer.getByRole('row', { name: `组织人事科 ${dots(tomorrow)} 至今 工作需要` })).toBeVisible();
  await drawer.getByRole('button', { name: '取消' }).click();

  // 数据与备份: back up to a file in the test's temp folder (browser mode: a path, not a dialog).
  const backup = join(dirname(dataDir), '平时考核备份-e2e.backup');
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await expect(page.getByText(dataDir, { exact: true })).toBeVisible();
  const path = page.getByLabel('备份文件（完整路径）');
  await expect(path).toHaveValue(/平时考核备份-\d{8}\.backup$/);
  await path.fill(backup);
  await page.getByRole('button', { name: '备份到文件…' }).click();
  await expect(page.getByText(`已备份到 ${backup}`)).toBeVisible();

  // A change after the backup …
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await page.getByRole('tree').getByText('办公室').click();
  await addPerson(page, '李四');
  await page.getByRole('tree').getByText('贵港市医疗保障局').click(); // the tree's root: everyone
  await expect(page.getByTestId('roster-count')).toHaveText('共 2 人');

  // … is gone after restoring it. The confirmation explains the automatic snapshot first.
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await page.getByLabel('备份文件（完整路径）').fill(backup);
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  const confirm = page.getByRole('dialog', { name: '从备份恢复数据？' });
  await expect(confirm).toContainText('会先把当前数据自动备份一份');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText(/已恢复 贵港市医疗保障局 的数据/)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`从 ${backup} 恢复数据`) })).toBeVisible();
  await expect(page.getByRole('row', { name: /恢复备份前/ })).toBeVisible();
  await page.getByRole('button', { name: '校验数据' }).click();
  await expect(page.getByText('全部检查通过')).toBeVisible();

  await mkdir(ARTIFACTS, { recursive: true });
  await expect(page.locator('.ant-message-notice')).toHaveCount(0); // let the toasts go first
  await page.screenshot({ path: join(ARTIFACTS, 'data-page.png'), fullPage: true });

  await page.getByRole('menuitem', { name: '花名册' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('共 1 人');
  await expect(rosterRow(page, '张三')).toBeVisible();
  await expect(rosterRow(page, '李四')).toHaveCount(0);
});
