import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Channel } from '../../shared/api/channels';
import type { OrgData } from '../../shared/domain/org';
import { EMPTY_PERSON_FIELDS } from '../../shared/domain/person';
import type { Input, Output } from '../../shared/api/contract';
import type { DeskContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { openDesk } from '../../electron/services/open-desk';
import { chromiumPrinter, type PdfPrinter } from '../../electron/services/print/pdf';
import type { OpenOptions } from '../../electron/services/store/folder/data-folder';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A fresh folder under the OS temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** One Chromium for a whole test file: the printer keeps its browser between PDFs (close it in afterAll). */
export const testPrinter = chromiumPrinter();

/** Opens a real data folder (closed after the test). */
export async function openTestDesk(dir?: string, options: Partial<OpenOptions> & { printer?: PdfPrinter } = {}): Promise<DeskContext> {
  const ctx = await openDesk(dir ?? (await tempDir()), { program: 'test', printer: testPrinter, ...options });
  cleanups.push(() => ctx.folder.close());
  return ctx;
}

/** Calls a channel through the contract exactly as a transport does; throws on failure. */
export async function callOk<C extends Channel>(ctx: DeskContext, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.code} ${r.message}`);
  return r.data as Output<C>;
}

export async function callFail<C extends Channel>(ctx: DeskContext, channel: C, input: unknown) {
  const r = await dispatch(ctx, channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return r;
}

/** A small organisation: 局机关 with two 科室 and a 二层单位. */
export async function smallOrg(ctx: DeskContext) {
  await callOk(ctx, 'org:create', { name: '测试市医疗保障局', departments: ['办公室', '组织人事科'], subunits: ['医疗保障事业管理中心'] });
  const units = await callOk(ctx, 'units:list', {});
  const byName = (n: string) => units.find((u) => u.name === n)!;
  return { units, bureau: byName('局机关'), office: byName('办公室'), hr: byName('组织人事科'), centre: byName('医疗保障事业管理中心') };
}

export const person = (name: string, extra: Record<string, unknown> = {}) => ({ ...EMPTY_PERSON_FIELDS, name, ...extra });

/** A change no channel offers (a setting the screens do not show), made the one way data changes: a transaction with its entry. */
export function changeOrgForTest(ctx: DeskContext, change: (draft: OrgData) => void): Promise<void> {
  return ctx.folder.transact('测试', (tx) => {
    tx.changeOrg(change);
    tx.audit({ action: 'test.change', target: 'org', summary: '测试中直接修改单位数据' });
  });
}

/** The departments of the roster fixtures' bureau (XX市医疗保障局). */
export const FIXTURE_DEPARTMENTS = [
  '办公室',
  '组织人事科',
  '规划财务和法规科',
  '待遇保障科',
  '医药服务管理科',
  '医药价格和招标采购科',
  '基金监管科',
];

/** The bureau of the roster fixtures: 局机关 with its 科室, and the 医疗保障事业管理中心 with none yet. */
export async function fixtureOrg(ctx: DeskContext): Promise<DeskContext> {
  await callOk(ctx, 'org:create', { name: 'XX市医疗保障局', departments: FIXTURE_DEPARTMENTS, subunits: ['医疗保障事业管理中心'] });
  return ctx;
}

/** A file in test/fixtures. */
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
