import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

interface GridReport {
  grid: string;
  sideways: boolean;
  /** Columns narrower than the median width of their content. */
  narrow: string[];
  /** Cells whose middle is covered by something else. */
  covered: string[];
}

/** Every DataGrid on the page: scrolls sideways? a column narrower than its content's median? a cell covered? */
const inspectGrids = (page: Page) =>
  page.evaluate((): GridReport[] =>
    Array.from(document.querySelectorAll('.data-grid'), (e) => e as HTMLElement).map((grid) => {
      const heads = Array.from(grid.querySelectorAll('.grid-head [role=columnheader]'), (e) => e as HTMLElement);
      const rows = Array.from(grid.querySelectorAll('.grid-row'), (e) => e as HTMLElement).filter((r) => {
        const b = r.getBoundingClientRect();
        const g = grid.getBoundingClientRect();
        return b.top >= g.top + 30 && b.bottom <= g.bottom;
      });
      const narrow: string[] = [];
      heads.forEach((h, i) => {
        const widths = rows
          .map((r) => r.children[i] as HTMLElement | undefined)
          .filter((c): c is HTMLElement => Boolean(c && c.textContent?.trim()))
          .map((c) => c.scrollWidth)
          .sort((a, b) => a - b);
        if (widths.length === 0) return;
        const median = widths[Math.floor(widths.length / 2)];
        if (median > h.clientWidth + 1) narrow.push(`${h.textContent}（列宽 ${h.clientWidth}，内容中位数 ${median}）`);
      });
      const covered: string[] = [];
      for (const r of rows.slice(0, 8))
        for (const c of Array.from(r.children, (e) => e as HTMLElement)) {
          const b = c.getBoundingClientRect();
          if (b.width < 4) continue;
          const at = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          if (at && !c.contains(at) && !at.closest('.ant-tooltip, .ant-popover, .ant-message'))
            covered.push(
              `${r.textContent?.slice(0, 12)}… 第 ${Array.from(r.children).indexOf(c) + 1} 列被 ${at.className || at.tagName} 遮住`,
            );
        }
      return { grid: grid.getAttribute('aria-label') ?? '', sideways: grid.scrollWidth > grid.clientWidth + 1, narrow, covered };
    }),
  );

/** Nothing in the window is cut off at the right: the page does not scroll sideways and every button is inside. */
async function expectFits(page: Page, screen: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(ARTIFACTS, `layout-${screen}.png`) });
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${screen}：页面横向滚动`).toBeLessThanOrEqual(1366);
  const cut = await page.evaluate(() =>
    Array.from(document.querySelectorAll('button, .ant-select, input'), (e) => e as HTMLElement)
      .filter((b) => b.offsetParent !== null && !b.closest('.data-grid, .ant-drawer, .ant-modal'))
      .filter((b) => b.getBoundingClientRect().right > window.innerWidth)
      .map((b) => b.textContent || b.getAttribute('aria-label') || b.tagName),
  );
  expect.soft(cut, `${screen}：超出窗口右边的控件`).toEqual([]);
  for (const g of await inspectGrids(page)) {
    expect.soft(g.sideways, `${screen}·${g.grid}：默认的列要横向滚动才能看全`).toBe(false);
    expect.soft(g.narrow, `${screen}·${g.grid}：比内容中位数还窄的列`).toEqual([]);
    expect.soft(g.covered, `${screen}·${g.grid}：被遮住的格`).toEqual([]);
  }
}

const open = async (page: Page, menu: string) => {
  await page.getByRole('menuitem', { name: menu }).click();
};

test('every main screen at 1366×768: no sideways scrolling, no essential column narrower than its content, nothing covered', async ({
  page,
  appUrl,
}) => {
  test.setTimeout(120_000);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.goto(appUrl);
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByTestId('todo-units')).toBeVisible({ timeout: 40_000 }); // the app opens on 首页（待办）
  await expectFits(page, 'home');
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await expect(page.getByTestId('roster').locator('.grid-row').first()).toBeVisible();
  await expectFits(page, 'roster');

  await open(page, '单位与职责');
  await expect(page.getByText('管理职责').first()).toBeVisible();
  await expectFits(page, 'units');

  await open(page, '考核周期');
  await expect(page.getByTestId('participants').locator('.grid-row').first()).toBeVisible();
  await expectFits(page, 'participants');
  await page.getByRole('tab', { name: '工作纪实' }).click();
  await page.getByRole('combobox', { name: '人员' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('records').locator('.ant-table-row').first()).toBeVisible();
  await expectFits(page, 'records');
  await page.getByRole('tab', { name: '评鉴' }).click();
  await expect(page.getByTestId('review-grid').locator('.grid-row').first()).toBeVisible();
  await expectFits(page, 'reviews');

  await open(page, '等次评定');
  await expect(page.getByTestId('outcomes').locator('.grid-row').first()).toBeVisible();
  await expectFits(page, 'grading');

  await open(page, '表现记录');
  await expect(page.getByTestId('incidents').locator('.grid-row').first()).toBeVisible();
  await expectFits(page, 'incidents');

  for (const [menu, shot] of [
    ['年度汇总', 'annual'],
    ['统计', 'stats'],
    ['考核设置', 'settings'],
    ['数据与备份', 'data'],
    ['操作日志', 'audit'],
  ]) {
    await open(page, menu);
    await page.waitForLoadState('networkidle');
    await expectFits(page, shot);
  }
});
