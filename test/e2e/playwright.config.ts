import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { FIXED_NOW } from '../fixed-now';

// The hosts the tests start inherit it (their clock); fixtures.ts sets the page's clock to the same instant.
process.env.APPRAISAL_DESK_NOW ??= FIXED_NOW;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Never skip quietly: a missing browser is a broken test setup.
if (!existsSync(chromium)) {
  throw new Error(`找不到 Chromium：${chromium}；请安装 chromium 或设置 CHROMIUM_PATH`);
}

/** Browser-mode e2e: each test starts its own host on a fresh data folder (see fixtures.ts). Build the renderer first (npm run build:web). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // No timezoneId: the page and the host must agree on what “today” is, as on a clerk's PC.
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
