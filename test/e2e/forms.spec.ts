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
  // 30 people shown, two A4 sheets each, then each one's 工作纪实 on an 附页 after the batch.
  const appendices = frame.locator('section').filter({ has: frame.locator('h1', { hasText: /^附页$/ }) });
  await expect(appendices.first()).toBeVisible();
  const shown = await appendices.count();
  await expect(frame.locator('section')).toHaveCount(60 + shown);
  await expect(frame.locator('section').nth(1)).toContainText('机关审定');
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
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThan(total * 2); // every form two pages, then the 附页
  const first = (await run('pdftotext', ['-f', String(total * 2 + 1), '-l', String(total * 2 + 1), '-raw', file, '-'])).stdout;
  expect(first.replace(/\s+/g, '')).toMatch(/附页(公务员|事业单位工作人员|.+人员)平时考核登记表（.+）.+本期工作纪实/);
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

test('打印: the 花名册 as the 干部名册 — by unit, 15 columns, no ID number — and other columns chosen in the preview', async ({
  page,
  appUrl,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(appUrl);
  await page.getByLabel('人数').fill('40');
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText(/^共 \d+ 人$/);

  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: '全局花名册' }).click();
  const preview = page.getByRole('dialog', { name: /打印预览/ });
  const frame = preview.frameLocator('iframe[title="打印预览"]');
  await expect(frame.locator('thead').first()).toContainText('现任职务');
  await expect(frame.locator('thead').first()).not.toContainText('身份证号');
  await expect(frame.locator('tr.section').first()).toBeVisible(); // a unit's name over its people
  await page.screenshot({ path: join(ARTIFACTS, 'print-preview-roster.png') });

  await preview.getByRole('button', { name: /打印列（15）/ }).click();
  await page.getByRole('checkbox', { name: '联系电话' }).check();
  await expect(preview.getByRole('button', { name: /打印列（16）/ })).toBeVisible();
  await expect(frame.locator('thead').first()).toContainText('联系电话');
  await page.screenshot({ path: join(ARTIFACTS, 'print-preview-roster-columns.png') });

  // Kept for every later print (表格设置), and shown on the settings page.
  await page.getByRole('button', { name: '以后都按这些列打印' }).click();
  await expect(page.getByText('已保存：以后花名册都按这些列打印')).toBeVisible();
  await preview.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('menuitem', { name: '全局花名册' }).click();
  await expect(preview.getByRole('button', { name: /打印列（16）/ })).toBeVisible();
  await expect(frame.locator('thead').first()).toContainText('联系电话');
  await preview.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('menuitem', { name: '考核设置' }).click();
  await page.getByRole('tab', { name: '表格样式' }).click();
  const card = page.locator('.ant-card').filter({ hasText: '各人员类别使用的登记表' });
  await expect(card).toContainText('联系电话');
  await card.getByLabel('编外聘用人员使用的登记表').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^事业单位工作人员登记表$/ })
    .click();
  await card.getByRole('radio', { name: /印在登记表第一页/ }).check();
  await card.getByRole('button', { name: '保存表格设置' }).click();
  await expect(page.getByText('表格设置已保存，下次打印时生效')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-forms.png') });
});
