import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './fixtures';

const run = promisify(execFile);

/** 80 people of demo data, and the latest archived period opened on 考核周期; its label. */
async function archivedPeriod(page: Page, appUrl: string): Promise<string> {
  await page.goto(appUrl);
  await page.getByLabel('人数').fill('80');
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText(/^共 \d+ 人$/);
  await page.getByRole('menuitem', { name: '考核周期' }).click();
  const archived = page.getByRole('menu', { name: '考核周期列表' }).getByRole('menuitem').filter({ hasText: '已归档' }).first();
  const label = (await archived.textContent())!.replace('已归档', '').trim();
  await archived.click();
  return label;
}

test('打印: the 登记表 of everyone in a period, previewed, then saved as one PDF with progress', async ({ page, appUrl }) => {
  const label = await archivedPeriod(page, appUrl);

  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: '平时考核登记表（全部人员）' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const frame = preview.frameLocator('iframe[title="打印预览"]');
  await expect(frame.locator('h1').first()).toContainText('平时考核登记表');
  await expect(frame.locator('p.subtitle').first()).toHaveText(`（${label}）`);
  // 30 people shown, two A4 sheets each.
  await expect(frame.locator('section')).toHaveCount(60);
  const total = Number(/共 (\d+) 份，预览前 30 份/.exec((await preview.locator('.ant-modal-footer').textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(30);
  await page.screenshot({ path: join(ARTIFACTS, 'print-preview-register.png') });

  const download = page.waitForEvent('download', { timeout: 120_000 });
  await preview.getByRole('button', { name: '另存为 PDF' }).click();
  // A batch shows its progress while Chromium prints it part by part.
  await expect(preview.getByRole('progressbar', { name: '导出进度' })).toBeVisible();
  await expect(preview.getByRole('status')).toContainText(/生成 PDF：第 \d+–\d+ 份，共 \d+ 份/);
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`平时考核登记表-${label}.pdf`);
  const file = join(ARTIFACTS, 'register-batch-e2e.pdf');
  await pdf.saveAs(file);
  const info = (await run('pdfinfo', [file])).stdout;
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(total * 2);
  await expect(preview.getByRole('progressbar')).toHaveCount(0);
});

test('打印: a blank monthly 工作纪实表, and cancelling a batch leaves nothing behind', async ({ page, appUrl }) => {
  await archivedPeriod(page, appUrl);

  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: '空白工作纪实表（月）' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const frame = preview.frameLocator('iframe[title="打印预览"]');
  await expect(frame.locator('h1')).toHaveText('工作纪实表');
  await expect(frame.locator('tbody tr')).toHaveCount(12 + 3);
  await page.screenshot({ path: join(ARTIFACTS, 'print-preview-blank-records.png') });
  await preview.getByRole('button', { name: '关闭' }).click();

  // Every week of everyone: a large batch; cancel it while it prints.
  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: '工作纪实表·按周（全部人员）' }).click();
  await expect(frame.locator('h1').first()).toHaveText('工作纪实表');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await preview.getByRole('button', { name: '另存为 PDF' }).click();
  await expect(preview.getByRole('status')).toContainText(/生成 PDF/);
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(preview.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText('已取消导出，没有生成文件。')).toBeVisible();
  expect(downloaded).toBe(false);
});
