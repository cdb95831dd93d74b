/**
 * npm run bench — the figures of issue 8 (ten years of a 5,000-person bureau), each against the
 * floor measured in the same run (the bare OS or library cost of the same work), as a Markdown
 * table to paste into RESULTS.md. Not part of npm test: numbers vary by machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureDesk, type DeskFigures } from './desk-bench';
import { makeDataset, type Dataset } from './dataset';
import { measureCli } from './cli-bench';
import { measureHost } from './host-bench';
import { measureImport } from './import-bench';
import { measureNationalImport, type NationalFigures } from './national-bench';
import { listsTable, measureLists } from './lists-bench';
import { figure, markdownTable, mb, ms, type Figure } from './measure';

const s = (n: number) => `${(n / 1000).toFixed(1)} s`;

function growthTable(sets: { ds: Dataset; desk: DeskFigures }[]): string {
  const head = [
    'dataset',
    'JSON on disk',
    'demo',
    'open (floor)',
    'save review p95 (floor)',
    'save record p95',
    'grading engine',
    'grading run',
    'annual roll-up',
  ];
  const lines = sets.map(({ ds, desk }) => [
    `${ds.people} 人 × ${ds.years} 年`,
    `${mb(ds.jsonBytes)} / ${ds.files} files`,
    s(ds.generateMs),
    `${ms(desk.openMs)} (${ms(desk.openFloorMs)})`,
    `${ms(desk.saveReviewP95)} (${ms(desk.saveFloorP95)})`,
    ms(desk.saveRecordP95),
    ms(desk.gradingEngineMs),
    ms(desk.gradingRunMs),
    ms(desk.annualMs),
  ]);
  return [head, head.map(() => '---'), ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

const at = (ratio: number | null, limit: number) => ratio !== null && ratio <= limit;
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const utcMinute = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

/** A save's p95 against the bare durable write of a file its size (≤ 30 ms and ≤ 2×). */
const saveFigure = (what: string, p95: number, desk: DeskFigures): Figure =>
  figure(what, p95, ms, { name: 'write+fsync+rename p95', value: desk.saveFloorP95 }, '≤ 30 ms, ≤ 2×', (v, r) => v <= 30 && at(r, 2));

/** Opening is measured against reading and parsing the files it needs. */
const openFloor = (desk: DeskFigures) => ({ name: `读取+JSON.parse ${desk.openFiles.join(', ')}`, value: desk.openFloorMs });

/** The change path's figures (issue 12): a save against the bare durable write, many at once against one by one, opening after a kill. */
function deskFigures(desk: DeskFigures): Figure[] {
  return [
    saveFigure(`保存一条评鉴（当前周期，单位文件 ${mb(desk.unitFileBytes)}）p95`, desk.saveReviewP95, desk),
    saveFigure('保存一条工作纪实（当前周期）p95', desk.saveRecordP95, desk),
    figure(
      '　保存一条评鉴 中位数（含操作日志一次 fsync）',
      desk.saveReviewMedian,
      ms,
      { name: '中位数', value: desk.saveFloorMedian },
      '—',
      () => null,
    ),
    figure('　保存一条工作纪实 中位数', desk.saveRecordMedian, ms, { name: '中位数', value: desk.saveFloorMedian }, '—', () => null),
    figure(
      '200 次修改同时提交（评鉴、工作纪实各半，全部确认）',
      desk.concurrent200Ms,
      ms,
      { name: '同样 200 次一次一件', value: desk.serial200Ms },
      '≤ 1.5×',
      (_, r) => at(r, 1.5),
    ),
    figure('意外中断后打开（修改日志中留有一条记录，补写并检查点）到花名册可用', desk.openReplayMs, ms, openFloor(desk), '≤ 1.5×', (_, r) =>
      at(r, 1.5),
    ),
    figure(
      '打开数据文件夹到花名册可用（含启动自动备份）',
      desk.openMs,
      ms,
      openFloor(desk),
      '≤ 1 s, ≤ 1.5×',
      (v, r) => v <= 1000 && at(r, 1.5),
    ),
  ];
}

/** The national extraction workbook's preview against its bare parse (issue 13: ≤ 2×). */
function nationalFigure(n: NationalFigures): Figure {
  return figure(
    `花名册导入预览 全国干部信息提取表 .xls（${n.people} 人，A01+A02+A05+A08 共 ${n.rows} 行，${mb(n.bytes)}）`,
    n.previewMs,
    ms,
    { name: 'SheetJS 解析', value: n.parseMs },
    '≤ 2×',
    (_, r) => at(r, 2),
  );
}

/** npm run bench -- --national: only the national workbook's figure (a minute instead of many). */
async function nationalOnly(scratch: string) {
  const figures = [nationalFigure(await measureNationalImport(join(scratch, 'data-national')))];
  console.log(`
平时考核 benchmark (national workbook) — ${utcMinute()} UTC, load average ${loadAverage()}
`);
  console.log(markdownTable(figures));
}

/**
 * One part of the bench alone, on 5,000 people and a year (minutes, not the hour of the full run):
 * `--lists` the big lists' scrolling, `--desk` the change path (saves against the durable write,
 * 200 at once against one by one, opening after a kill).
 */
async function partOnFiveThousand(title: string, measure: (dir: string) => Promise<string>) {
  const scratch = await mkdtemp(join(tmpdir(), 'desk-bench-'));
  try {
    const ds = await makeDataset(join(scratch, 'data-5000-1'), 5000, 1);
    const table = await measure(ds.dir);
    console.log(`\n${title}, ${ds.people} 人 × ${ds.years} 年, load average ${loadAverage()}\n`);
    console.log(table);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes('--lists')) return partOnFiveThousand('Big lists', async (dir) => listsTable(await measureLists(dir)));
  if (process.argv.includes('--desk'))
    return partOnFiveThousand('Change path', async (dir) => markdownTable(deskFigures(await measureDesk(dir))));
  const scratch = await mkdtemp(join(tmpdir(), 'desk-bench-'));
  try {
    if (process.argv.includes('--national')) return await nationalOnly(scratch);
    const sizes: [number, number][] = [
      [500, 10],
      [5000, 1],
      [5000, 10],
    ];
    const sets: { ds: Dataset; desk: DeskFigures }[] = [];
    for (const [people, years] of sizes) {
      const ds = await makeDataset(join(scratch, `data-${people}-${years}`), people, years);
      console.error(`demo ${people} × ${years}: ${s(ds.generateMs)}, ${mb(ds.jsonBytes)}`);
      const desk = await measureDesk(ds.dir);
      console.error(JSON.stringify(desk));
      sets.push({ ds, desk });
    }
    const { ds: big, desk } = sets.at(-1)!;
    const host = await measureHost(big.dir);
    const lists = await measureLists(big.dir);
    const imp = await measureImport(big.dir, scratch);
    const cli = await measureCli(big.dir);
    const national = await measureNationalImport(join(scratch, 'data-national'));
    const figures: Figure[] = [
      figure(
        `生成演示数据 ${big.people} 人 × ${big.years} 年（npm run cli -- demo）`,
        big.generateMs,
        s,
        null,
        '< 60 s',
        (v) => v < 60_000,
      ),
      figure('其中 CPU 时间（用户 + 系统）', big.generateCpuMs, s, null, '—', () => null),
      figure('生成时进程内存峰值', big.generateRssBytes, mb, null, '—', () => null),
      figure(`演示数据文件夹（${big.files} 个数据文件）`, big.jsonBytes, mb, null, '—', () => null),
      ...deskFigures(desk),
      figure(
        `花名册 ${host.rosterRows} 行首屏（Chromium，从菜单点击到画出）`,
        host.rosterFirstPaintMs,
        ms,
        null,
        '≤ 500 ms',
        (v) => v <= 500,
      ),
      figure('花名册首屏（重新载入整个界面）', host.coldPaintMs, ms, null, '—', () => null),
      figure(`花名册滚动到底（每帧 5 行，${host.scrollFrames} 帧）最长一帧`, host.longestFrameMs, ms, null, '≤ 50 ms', (v) => v <= 50),
      figure(`　滚动：帧中位数 / 超过 50 ms 的帧 ${host.framesOver50} 个`, host.medianFrameMs, ms, null, '—', () => null),
      figure('　滚动：帧 p95', host.p95FrameMs, ms, null, '—', () => null),
      figure(
        '命令行启动（npm run cli -- --help，不含 npm 本身）',
        cli.helpMs,
        ms,
        { name: 'node -e 0', value: cli.nodeMs },
        '≤ 500 ms',
        (v) => v <= 500,
      ),
      figure(`命令行 status（打开 ${big.people} 人的数据文件夹）`, cli.statusMs, ms, null, '—', () => null),
      figure(`评定引擎：一个季度 ${desk.gradedPeople} 人`, desk.gradingEngineMs, ms, null, '≤ 200 ms', (v) => v <= 200),
      figure('运行评定（读取、评定、保存结果、记日志）', desk.gradingRunMs, ms, null, '—', () => null),
      figure(`年度汇总 ${desk.annualYear} 年（${big.people} 人）`, desk.annualMs, ms, null, '≤ 300 ms', (v) => v <= 300),
      figure(
        `花名册导入预览 .xlsx（${imp.rows} 行）`,
        imp.previewXlsxMs,
        ms,
        { name: 'exceljs 解析', value: imp.parseXlsxMs },
        '≤ 1.5×',
        (_, r) => at(r, 1.5),
      ),
      figure(
        `花名册导入预览 .xls（${imp.rows} 行）`,
        imp.previewXlsMs,
        ms,
        { name: 'SheetJS 解析', value: imp.parseXlsMs },
        '≤ 1.5×',
        (_, r) => at(r, 1.5),
      ),
      nationalFigure(national),
      figure(`花名册导出 .xlsx（${imp.rows} 行）`, imp.exportMs, ms, null, '—', () => null),
      figure(
        '浏览器模式服务进程内存（全部数据，一天的操作后）',
        host.hostRssBytes,
        mb,
        { name: '磁盘上的 JSON', value: big.jsonBytes },
        '≤ 3×',
        (_, r) => at(r, 3),
      ),
    ];
    const cpu = cpus();
    console.log(
      `\n平时考核 benchmark — ${utcMinute()} UTC, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${loadAverage()}\n`,
    );
    console.log(markdownTable(figures));
    console.log('\nBig lists (DataGrid), scrolled to the end five rows a frame:\n');
    console.log(listsTable(lists));
    console.log('\nGrowth (people, years):\n');
    console.log(growthTable(sets));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

void main();
