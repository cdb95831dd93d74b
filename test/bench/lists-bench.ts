import { chromium, type Page } from 'playwright-core';
import { startHost, stopHost } from '../e2e/host-process';
import { scrollToEnd } from './host-bench';
import { median, p95 } from './measure';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Scrolling one big list to the end, five rows a frame, at 1366×768 (issue 15: no frame over 50 ms). */
export interface ListScroll {
  list: string;
  rows: number;
  frames: number;
  medianMs: number;
  p95Ms: number;
  longestMs: number;
  over50: number;
}

async function scroll(page: Page, list: string, testId: string): Promise<ListScroll> {
  const grid = page.getByTestId(testId);
  await grid.locator('.grid-row').first().waitFor({ timeout: 60_000 });
  const rows = Number(await grid.getAttribute('aria-rowcount')) - 1;
  const frames = ((await page.evaluate(scrollToEnd(testId))) as number[]).sort((a, b) => a - b);
  return {
    list,
    rows,
    frames: frames.length,
    medianMs: median(frames),
    p95Ms: p95(frames),
    longestMs: frames.at(-1) ?? 0,
    over50: frames.filter((f) => f > 50).length,
  };
}

const menu = (page: Page, name: string) => page.locator('.ant-menu-item', { hasText: name }).click();

/** 花名册, 等次评定 and the 评鉴 grid of the largest unit, each scrolled top to bottom. */
export async function measureLists(dataDir: string): Promise<ListScroll[]> {
  const host = startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(await host.url);
    await menu(page, '花名册'); // the app opens on 首页待办
    const out = [await scroll(page, '花名册', 'roster')];
    await menu(page, '等次评定');
    out.push(await scroll(page, '等次评定', 'outcomes'));
    await menu(page, '表现记录');
    const incidents = page.getByTestId('incidents');
    await incidents.locator('.grid-row').first().waitFor();
    if (Number(await incidents.getAttribute('aria-rowcount')) > 40) out.push(await scroll(page, '表现记录', 'incidents'));
    await menu(page, '考核周期');
    await page.getByRole('tab', { name: '评鉴' }).click();
    // The largest kind of unit: a 科室 (局机关本级 holds only the 局领导).
    await page.locator('#review-unit').click();
    await page.keyboard.type('办公室');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    out.push(await scroll(page, '评鉴（办公室）', 'review-grid'));
    return out;
  } finally {
    await browser.close();
    await stopHost(host.child);
  }
}

export function listsTable(lists: ListScroll[]): string {
  const head = ['list (1366×768)', 'rows', 'frames', 'median', 'p95', 'longest', 'frames > 50 ms', 'target ≤ 50 ms'];
  const f = (n: number) => `${n.toFixed(1)} ms`;
  const lines = lists.map((l) => [
    l.list,
    l.rows,
    l.frames,
    f(l.medianMs),
    f(l.p95Ms),
    f(l.longestMs),
    l.over50,
    l.longestMs <= 50 ? 'met' : 'missed',
  ]);
  return [head, head.map(() => '---'), ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
}
