import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startHost, stopHost } from '../e2e/host-process';
import { median, p95 } from './measure';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface HostFigures {
  /** From the click on 花名册 (coming from another page) until its first rows are painted. */
  rosterFirstPaintMs: number;
  /** Reloading the app (bundle cached) until the first roster row is in the page. */
  coldPaintMs: number;
  rosterRows: number;
  scrollFrames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  longestFrameMs: number;
  framesOver50: number;
  /** RSS of the host's Node process after the roster, the current period, grading, the statistics and the year's roll-up were shown. */
  hostRssBytes: number;
}

/** Pids of a process and all its descendants (tsx runs the host in a child Node process). */
async function processTree(pid: number): Promise<number[]> {
  const out = [pid];
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  for (const c of children.split(/\s+/).filter(Boolean)) out.push(...(await processTree(Number(c))));
  return out;
}

async function largestRss(pid: number): Promise<number> {
  let max = 0;
  for (const p of await processTree(pid)) {
    const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    if (kb) max = Math.max(max, Number(kb[1]) * 1024);
  }
  return max;
}

// Page scripts are strings: tsx would wrap functions passed to the page in helpers it does not have.

/** Records when the first roster row appears, relative to navigation start. */
const WATCH_ROSTER = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="roster"] .grid-row')) {
      window.rosterPaint = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

/** Clicks 花名册 in the menu and resolves when its first rows have been painted (the frame after they exist). */
const OPEN_ROSTER = `new Promise((done) => {
  const item = [...document.querySelectorAll('.ant-menu-item')].find((e) => e.textContent.includes('花名册'));
  const t0 = performance.now();
  item.click();
  const wait = () => {
    if (document.querySelector('[data-testid="roster"] .grid-row')) requestAnimationFrame(() => done(performance.now() - t0));
    else requestAnimationFrame(wait);
  };
  wait();
})`;

/** Scrolls a list's virtual body (by its data-testid) to the end, a step per animation frame; resolves with every frame's duration. */
export const scrollToEnd = (testId: string) => `new Promise((done) => {
  const STEP = 200; // five rows a frame: a fast turn of the mouse wheel
  const box = document.querySelector('[data-testid="${testId}"]');
  const holder = [box, ...box.querySelectorAll('*')].find((e) => e.scrollHeight > e.clientHeight + 100 && getComputedStyle(e).overflowY !== 'visible');
  const frames = [];
  let last = performance.now();
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 1) return done(frames.slice(1));
    holder.scrollTop += STEP;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

export async function api(url: string, token: string, channel: string, input: unknown): Promise<unknown> {
  const res = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token },
    body: JSON.stringify(input),
  });
  const r = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.data;
}

export async function measureHost(dataDir: string): Promise<HostFigures> {
  const host = startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const url = await host.url;
    const token = /token=([0-9a-f]+)/.exec(url)![1];
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // A first visit loads the bundle into the cache, as every later start of the app finds it.
    // The app opens on 首页待办: the roster is one click away (the cold figure includes that click).
    const toRoster = () => page.locator('.ant-menu-item', { hasText: '花名册' }).click();
    await page.goto(url);
    await toRoster();
    await page.locator('[data-testid="roster"] .grid-row').first().waitFor();
    await page.addInitScript({ content: WATCH_ROSTER });
    await page.reload(); // the token stays in the session, as when the clerk reopens the window
    await toRoster();
    await page.locator('[data-testid="roster"] .grid-row').first().waitFor();
    const coldPaint = (await page.evaluate('window.rosterPaint')) as number;
    const count = Number(/\d+/.exec((await page.getByTestId('roster-count').textContent()) ?? '0')![0]);
    const frames = ((await page.evaluate(scrollToEnd('roster'))) as number[]).sort((a, b) => a - b);
    const paints: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.locator('.ant-menu-item', { hasText: '考核周期' }).click();
      await page.getByTestId('roster').waitFor({ state: 'detached' });
      paints.push((await page.evaluate(OPEN_ROSTER)) as number);
    }

    // The rest of a working session, so the host holds what a clerk's day loads.
    type Summary = { id: string; state: string; year: number };
    const periods = (await api(url, token, 'periods:list', {})) as Summary[];
    const current = periods.at(-1)!;
    const period = (await api(url, token, 'periods:get', { id: current.id })) as { participants: { unitId: string }[] };
    for (const unitId of new Set(period.participants.map((p) => p.unitId)))
      await api(url, token, 'reviews:grid', { periodId: current.id, unitId });
    const graded = periods.filter((p) => p.state !== 'recording');
    await api(url, token, 'grading:get', { periodId: graded.at(-1)!.id });
    await api(url, token, 'stats:grades', {});
    await api(url, token, 'annual:get', { year: graded.at(-1)!.year });
    await api(url, token, 'incidents:list', {});
    const rss = await largestRss(host.child.pid!);
    return {
      rosterFirstPaintMs: median(paints.sort((a, b) => a - b)),
      coldPaintMs: coldPaint,
      rosterRows: count,
      scrollFrames: frames.length,
      medianFrameMs: median(frames),
      p95FrameMs: p95(frames),
      longestFrameMs: frames.at(-1)!,
      framesOver50: frames.filter((f) => f > 50).length,
      hostRssBytes: rss,
    };
  } finally {
    await browser.close();
    await stopHost(host.child);
  }
}
