import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, rosterNames, rosterRows, test } from './fixtures';

/** The number in “共 N 人”, once it shows one different from `not`. */
async function count(page: Page, not?: number): Promise<number> {
  const el = page.getByTestId('roster-count');
  if (not !== undefined) await expect(el).not.toHaveText(`共 ${not} 人`);
  await expect(el).toHaveText(/^共 \d+ 人$/);
  return Number(/\d+/.exec((await el.textContent()) ?? '')![0]);
}

test('5,000 people: virtual rows, filters, search and one revealed ID', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByLabel('人数').fill('5000');
  const started = Date.now();
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  // Making 5,000 people with a year of quarters takes seconds, more on a busy machine.
  await expect(page.getByTestId('roster-count')).toBeVisible({ timeout: 40_000 });
  const all = await count(page);
  console.log(`载入 5000 人并显示花名册：${Date.now() - started} ms，共 ${all} 人`);
  expect(all).toBeGreaterThan(4500);

  // Only a screenful of rows exists in the DOM.
  await expect(rosterRows(page).first()).toBeVisible();
  const rendered = await rosterRows(page).count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(100);

  // 编制类型 = 编外聘用 narrows the list.
  const establishment = page.getByRole('combobox', { name: '编制类型' });
  await establishment.click();
  await establishment.fill('编外聘用');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const contract = await count(page, all);
  expect(contract).toBeLessThan(all);
  expect(contract).toBeGreaterThan(0);
  await expect(rosterRows(page).first()).toContainText('编外聘用');

  // “/” jumps to the search box; a surname narrows further, every row matches.
  await page.locator('body').click({ position: { x: 700, y: 880 } });
  await page.keyboard.press('/');
  await expect(page.getByLabel('搜索姓名')).toBeFocused();
  await page.keyboard.type('欧阳');
  const found = await count(page, contract);
  expect(found).toBeLessThan(contract);
  expect(found).toBeGreaterThan(0);
  for (const name of await rosterNames(page).allTextContents()) expect(name).toContain('欧阳');

  // Keyboard: ↓ from the search box to the list, ↓ to the next row, Enter opens that person.
  await page.keyboard.press('ArrowDown');
  await expect(rosterRows(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = (await rosterNames(page).nth(1).textContent())!;
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: `编辑：${second}` });
  await expect(drawer.getByLabel('姓名', { exact: true })).toHaveValue(second);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 身份证号 is chosen in “列” (it is masked anyway); then reveal one: 18 characters, only in that row.
  await page.getByRole('button', { name: '选择显示的列' }).click();
  await page.getByRole('checkbox', { name: '身份证号' }).check();
  await page.keyboard.press('Escape');
  const first = rosterRows(page).first();
  await first.getByRole('button', { name: '显示身份证号' }).click();
  await expect(first.getByTestId('id-number')).toHaveText(/^\d{17}[\dX]$/);
  await expect(rosterRows(page).nth(1).getByTestId('id-number')).toContainText('**********');

  await mkdir(ARTIFACTS, { recursive: true });
  // No tooltip in the picture.
  await page.mouse.move(900, 850);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.screenshot({ path: join(ARTIFACTS, 'roster-5000.png'), fullPage: true });
});
