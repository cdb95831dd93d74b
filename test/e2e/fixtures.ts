import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { FIXED_NOW } from '../fixed-now';
import { startHost, stopHost } from './host-process';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const ARTIFACTS = join(REPO, 'test', 'artifacts');

interface Fixtures {
  /** The address with its #token=…, as the host printed it. */
  appUrl: string;
  dataDir: string;
  /** Fails the test when the page throws (checked after the test body). */
  noPageErrors: void;
  /** The page's clock starts where the host's does (APPRAISAL_DESK_NOW), then runs on. */
  fixedClock: void;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'appraisal-e2e-'));
    await use(join(dir, 'data'));
    await rm(dir, { recursive: true, force: true });
  },
  appUrl: async ({ dataDir }, use) => {
    const host = startHost(dataDir);
    try {
      await use(await host.url);
    } finally {
      await stopHost(host.child);
    }
  },
  fixedClock: [
    async ({ page }, use) => {
      await page.clock.install({ time: new Date(process.env.APPRAISAL_DESK_NOW ?? FIXED_NOW) });
      await page.clock.resume();
      await use();
    },
    { auto: true },
  ],
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use();
      expect(errors, '页面脚本出错').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The roster's rendered rows, in order. The list is a DataGrid: its rows are <div role=row>s, only those in view. */
export const rosterRows = (page: Page) => page.getByTestId('roster').locator('.grid-row');
/** The rendered row of one person. */
export const rosterRow = (page: Page, name: string) => rosterRows(page).filter({ has: page.getByText(name, { exact: true }) });
/** The 姓名 cells of the rendered rows. */
export const rosterNames = (page: Page) => rosterRows(page).locator('.grid-cell:nth-child(2)');

/** The bureau of the roster fixtures, set up on the first-run page: 局机关 with its 科室 and the 医疗保障事业管理中心. */
export async function createFixtureOrg(page: Page) {
  await page.getByLabel('单位名称').fill('XX市医疗保障局');
  await page
    .getByLabel('内设科室')
    .fill(['办公室', '组织人事科', '规划财务和法规科', '待遇保障科', '医药服务管理科', '医药价格和招标采购科', '基金监管科'].join('\n'));
  await page.getByLabel('二层单位').fill('医疗保障事业管理中心');
  await page.getByRole('button', { name: '创建' }).click();
  await page.getByRole('menuitem', { name: '花名册' }).click(); // the app opens on 首页（待办）
  await expect(page.getByTestId('roster-count')).toHaveText('共 0 人');
}

/** A file of test/fixtures. */
export const fixture = (name: string) => join(REPO, 'test', 'fixtures', name);

/** Imports a fixture through the page's import button, checking the preview's count first. */
export async function importFixture(page: Page, button: string, file: string, counted: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${button}`) });
  await dialog.locator('input[type=file]').setInputFiles(fixture(file));
  await expect(dialog.getByTestId('import-counts')).toContainText(counted);
  await expect(dialog.getByTestId('import-counts')).toContainText('有错误 0');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByText('导入完成')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();
}

/** Types a date into an antd DatePicker. */
export async function pickDate(input: Locator, iso: string) {
  await input.click();
  await input.fill(iso);
  await input.press('Enter');
}
