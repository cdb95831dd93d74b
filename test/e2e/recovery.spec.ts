import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('forgotten password: the recovery code on the lock screen sets a new one, shows the next code once, and signs in', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(90_000);
  await page.goto(appUrl);
  await page.getByLabel('单位名称').fill('贵港市医疗保障局');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '数据与备份' }).click();
  await page.getByLabel('管理员用户名').fill('甲');
  await page.getByLabel('新密码').fill('admin-pass');
  await page.getByLabel('确认密码').fill('admin-pass');
  await page.getByRole('button', { name: '设置密码' }).click();
  const shown = page.getByRole('dialog', { name: '请保存恢复码' });
  const code = (await shown.getByTestId('recovery-code').textContent())!;
  await shown.getByRole('button', { name: '我已保存' }).click();

  // Locked; the password is forgotten.
  await page.getByRole('banner').getByRole('button', { name: '锁定' }).click();
  const lock = page.getByRole('dialog', { name: '程序已锁定' });
  await lock.getByRole('button', { name: '忘记密码？用恢复码重设' }).click();
  await expect(lock.getByLabel('恢复码')).toBeFocused();
  await lock.getByLabel('恢复码').fill('AAAAA-BBBBB-CCCCC-DDDDD');
  await lock.getByLabel('新密码', { exact: true }).fill('new-pass');
  await lock.getByLabel('再输一次新密码').fill('new-pas');
  await lock.getByRole('button', { name: '设置新密码' }).click();
  await expect(lock).toContainText('两次输入的密码不一样');
  await lock.getByLabel('再输一次新密码').fill('new-pass');
  await lock.getByRole('button', { name: '设置新密码' }).click();
  await expect(lock).toContainText('恢复码不正确');
  // Lower case, spaces for dashes: still the code.
  await lock.getByLabel('恢复码').fill(code.toLowerCase().replaceAll('-', ' '));
  await lock.getByRole('button', { name: '设置新密码' }).click();
  const next = page.getByRole('dialog', { name: '请保存恢复码' });
  await expect(next.getByTestId('recovery-code')).toHaveText(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
  await expect(next.getByTestId('recovery-code')).not.toHaveText(code);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'recovery-new-code.png') });
  await next.getByRole('button', { name: '我已保存' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(/甲（管理员）/);

  // The 操作日志 has the recovery, without any secret.
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  await expect(page.getByText('用恢复码重设管理员“甲”的密码，并生成了新的恢复码')).toBeVisible();
});
