import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterRow, test } from './fixtures';

const HIDE_TOASTS = '.ant-message { display: none !important; }';
const lockScreen = (page: Page) => page.getByRole('dialog', { name: '程序已锁定' });

/** Signs in on the lock screen; answers the alert shown when refused (or null). */
async function signIn(page: Page, user: string, password: string) {
  const lock = lockScreen(page);
  await lock.getByRole('combobox', { name: '用户' }).click();
  await page.locator('.ant-select-item-option', { hasText: `${user}（` }).click();
  await lock.getByLabel('密码').fill(password);
  await lock.getByRole('button', { name: '解锁' }).click();
}

test('app password: set it with a recovery code, 查看 is read-only but exports, lock after idle, a wait after 3 wrong passwords', async ({
  page,
  appUrl,
  dataDir,
}) => {
  test.setTimeout(120_000); // a long walk; each password check costs a scrypt (~0.1 s, more on a busy machine)
  await mkdir(ARTIFACTS, { recursive: true });
  // The page's clock is ours to move: the idle lock is tested without waiting 10 minutes.
  await page.clock.install();
  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByLabel('内设科室').fill('办公室');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByRole('banner').getByText('贵港市医疗保障局')).toBeVisible();
  await page.getByRole('tree').getByText('办公室').click();
  await page.keyboard.press('Alt+N');
  const drawer = page.getByRole('dialog', { name: '新增人员' });
  await drawer.getByLabel('姓名', { exact: true }).fill('王五');
  await page.keyboard.press('Control+Enter');
  await expect(drawer).toBeHidden();
  await expect(rosterRow(page, '王五')).toBeVisible();

  // 数据与备份 → 访问密码: set it; the recovery code is shown once.
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await page.getByLabel('管理员用户名').fill('甲');
  await page.getByLabel('新密码').fill('admin-pass');
  await page.getByLabel('确认密码').fill('admin-pass');
  await page.getByRole('button', { name: '设置密码' }).click();
  const recovery = page.getByRole('dialog', { name: '请保存恢复码' });
  await expect(recovery.getByTestId('recovery-code')).toHaveText(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
  await expect(recovery.getByRole('button', { name: '打印' })).toBeVisible();
  await recovery.getByRole('button', { name: '我已保存' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(/甲（管理员）/);

  // A 查看 user.
  await page.getByLabel('用户名', { exact: true }).fill('乙');
  await page.getByLabel('用户密码').fill('viewer-pass');
  await page.getByRole('button', { name: '添加或修改用户' }).click();
  await expect(page.getByRole('row', { name: /乙\s*查看/ })).toBeVisible();

  // 操作日志: filter by keyword and kind; the password set-up is there.
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table.getByText('设置访问密码，管理员“甲”，空闲 10 分钟自动锁定')).toBeVisible();
  await expect(table.getByText('新增人员 王五（办公室）')).toBeVisible();
  await page.getByLabel('关键字').fill('王五');
  await expect(page.getByText('共 1 条', { exact: true })).toBeVisible();
  await page.getByLabel('关键字').fill('');
  await page.getByRole('combobox', { name: '类别' }).click();
  await page.locator('.ant-select-item-option', { hasText: '密码与登录' }).click();
  await page.keyboard.press('Escape');
  await expect(table.getByText('新增用户“乙”（查看）')).toBeVisible();
  await expect(table.getByText('新增人员 王五（办公室）')).toBeHidden();
  await page.screenshot({ path: join(ARTIFACTS, 'audit-log.png'), style: HIDE_TOASTS });
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await exported).suggestedFilename()).toMatch(/^操作日志-\d{8}\.xlsx$/);

  // Idle for the configured 10 minutes: the lock screen covers everything.
  await page.clock.fastForward('10:02');
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByText('贵港市医疗保障局')).toBeHidden();
  await page.screenshot({ path: join(ARTIFACTS, 'lock-screen.png') });

  // 查看: can look and export, cannot change anything (the services refuse it).
  await signIn(page, '乙', 'viewer-pass');
  await expect(lockScreen(page)).toBeHidden();
  await expect(page.getByText('查看（只读）')).toBeVisible();
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await expect(rosterRow(page, '王五')).toBeVisible();
  await page.getByRole('tree').getByText('办公室').click();
  await page.keyboard.press('Alt+N');
  await drawer.getByLabel('姓名', { exact: true }).fill('丁一');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('“乙”是查看用户，只能查看、打印和导出，不能修改数据。如需修改，请由管理员登录。')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '放弃' }).click();
  await expect(drawer).toBeHidden();
  await expect(rosterRow(page, '丁一')).toHaveCount(0);
  const roster = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出花名册/ }).click();
  await page.getByRole('menuitem', { name: '全局花名册' }).click();
  expect((await roster).suggestedFilename()).toMatch(/花名册.*\.xlsx$/);

  // 锁定, then 3 wrong passwords for 乙: a wait the server enforces, even for the right password.
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(lockScreen(page)).toBeVisible();
  await signIn(page, '乙', 'wrong-1');
  await expect(lockScreen(page).getByText('用户名或密码不正确（还可以再试 2 次，之后每次须等待）。')).toBeVisible();
  await signIn(page, '乙', 'wrong-2');
  await expect(lockScreen(page).getByText('用户名或密码不正确（还可以再试 1 次，之后每次须等待）。')).toBeVisible();
  await signIn(page, '乙', 'wrong-3');
  await expect(lockScreen(page).getByText('用户名或密码不正确。已连续输错 3 次，请 30 秒后再试。')).toBeVisible();
  await signIn(page, '乙', 'viewer-pass');
  await expect(lockScreen(page).getByText(/密码连续输错 3 次，请 \d+ 秒后再试。/)).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'lock-screen-wait.png') });

  // The 管理员 is not held up by 乙's wait.
  await signIn(page, '甲', 'admin-pass');
  await expect(lockScreen(page)).toBeHidden();
  await expect(page.getByTestId('current-user')).toHaveText(/甲（管理员）/);

  // A data file edited by hand while the app runs: 校验数据 names it.
  const org = join(dataDir, 'org.json');
  await writeFile(org, (await readFile(org, 'utf8')).replace('王五', '王六'));
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await page.getByRole('button', { name: '校验数据' }).click();
  await expect(page.getByText(/org\.json 与程序最后一次保存的内容不一致，在程序之外被修改过/)).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'verify-hand-edit.png'), style: HIDE_TOASTS });
});
