/**
 * npm run bench — performance figures against the floor (the bare library cost of the same
 * work), printed as ratios. Not part of npm test: numbers vary by machine.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/services/dispatch';
import { readWorkbook, SHEETJS_OPTIONS } from '../../electron/services/excel/read-workbook';
import { openDesk } from '../../electron/services/open-desk';
import { planRosterImport } from '../../shared/import/roster-plan';
import { gradePeriod } from '../../shared/grading/engine';
import { gradingInput } from '../../electron/services/grading/grading';

const RUNS = 5;

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const rows: string[][] = [];
const row = (what: string, value: number, floorName: string, floor: number | null, target: string) =>
  rows.push([what, ms(value), floor === null ? '—' : `${floorName} ${ms(floor)}`, floor === null ? '—' : `${(value / floor).toFixed(2)}×`, target]);

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-'));
  try {
    const ctx = await openDesk(join(dir, 'data'), { program: 'cli', snapshotOnOpen: false });
    await dispatch(ctx, 'org:loadDemo', { people: 5000 });
    const xlsxFile = join(dir, 'roster.xlsx');
    const exportMs = await median(async () => {
      const r = await dispatch(ctx, 'roster:export', { file: xlsxFile });
      if (!r.ok) throw new Error(r.message);
    });
    const xlsx = await readFile(xlsxFile);
    const xls = XLSX.write(XLSX.read(xlsx, { type: 'buffer' }), { type: 'buffer', bookType: 'xls' }) as Buffer;
    const org = ctx.folder.org!.data;
    const people = org.people.filter((p) => p.status !== 'left').length;

    const floorXlsx = await median(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx as never, { ignoreNodes: ['dataValidations'] } as never);
    });
    const previewXlsx = await median(async () => planRosterImport(await readWorkbook(xlsx, 'roster.xlsx'), org, 'roster.xlsx'));
    const floorXls = await median(async () => XLSX.read(xls, SHEETJS_OPTIONS));
    const previewXls = await median(async () => planRosterImport(await readWorkbook(xls, 'roster.xls'), org, 'roster.xls'));

    // Grading one quarter of 5,000 people with incidents and the two-period accountability window.
    const periods = ctx.folder.periods!.list();
    const last = periods[periods.length - 2];
    await dispatch(ctx, 'periods:setState', { id: last.id, to: 'grading', reason: '基准测试重新评定' });
    const gradingMs = await median(async () => {
      const r = await dispatch(ctx, 'grading:run', { periodId: last.id });
      if (!r.ok) throw new Error(r.message);
    });
    const input = await gradingInput(ctx, last.id);
    const engineMs = await median(async () => gradePeriod(input));
    row(`评定引擎：一个季度 ${last.participantCount} 人（表现记录、两期管理责任窗口）`, engineMs, '', null, '≤ 200 ms');
    row(`运行评定（读取、评定、保存结果、记日志）`, gradingMs, '', null, '—');
    row(`花名册导入预览 .xlsx（${people} 行）`, previewXlsx, 'exceljs 解析', floorXlsx, '≤ 1.5×');
    row(`花名册导入预览 .xls（${people} 行）`, previewXls, 'SheetJS 解析', floorXls, '≤ 1.5×');
    row(`花名册导出 .xlsx（${people} 行）`, exportMs, '', null, '—');
    await ctx.folder.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\n平时考核 benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, median of ${RUNS}\n`);
  const header = ['what', 'time', 'floor', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}

void main();
