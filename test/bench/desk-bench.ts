import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel } from '../../shared/api/channels';
import type { Input, Output } from '../../shared/api/contract';
import { superiorAppraisedIds } from '../../shared/domain/superior';
import { gradePeriod } from '../../shared/grading/engine';
import type { DeskContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { gradingInput } from '../../electron/services/grading/input';
import { openDesk } from '../../electron/services/open-desk';
import { DeskProcess } from '../crash/desk-process';
import { median, p95, timings } from './measure';

const SAVES = 40;
const OPENS = 5;

export interface DeskFigures {
  /** App start (folder opened as the app opens it, start snapshot included) until the roster's first page is listed. */
  openMs: number;
  openFloorMs: number;
  openFiles: string[];
  saveReviewP95: number;
  saveRecordP95: number;
  saveReviewMedian: number;
  saveRecordMedian: number;
  saveFloorMedian: number;
  /** writeFile + fsync + rename of a file the size of the unit file the saves rewrite. */
  saveFloorP95: number;
  unitFileBytes: number;
  gradingEngineMs: number;
  gradingRunMs: number;
  gradedPeople: number;
  annualMs: number;
  annualYear: number;
  /** 200 changes one after another, and the same 200 fired at once (all acknowledged). */
  serial200Ms: number;
  concurrent200Ms: number;
  /** Opening after a kill left a committed change in the journal (replayed and checkpointed), until the roster is listed. */
  openReplayMs: number;
}

async function call<C extends Channel>(ctx: DeskContext, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.data as Output<C>;
}

/** The files the app must read before the roster can be shown: read and JSON.parse, nothing else. */
export const OPEN_FILES = ['meta.json', 'org.json', 'incidents.json', 'periods/index.json'];

async function readAndParse(dir: string): Promise<void> {
  for (const f of OPEN_FILES) JSON.parse(await readFile(join(dir, f), 'utf8'));
}

/** The bare cost of saving `bytes`: write a temp file, fsync, rename over the target. */
async function bareSave(file: string, content: Buffer): Promise<void> {
  const tmp = `${file}.floor-tmp`;
  const fh = await open(tmp, 'w');
  await fh.writeFile(content);
  await fh.sync();
  await fh.close();
  await rename(tmp, file);
}

export async function measureDesk(dir: string): Promise<DeskFigures> {
  // The first start after `demo` takes the first snapshot; a clerk's every later start is what counts.
  await (await openDesk(dir, { program: 'host' })).folder.close();
  const opened: DeskContext[] = [];
  const opens = await timings(
    OPENS,
    async () => {
      const ctx = await openDesk(dir, { program: 'host' });
      await call(ctx, 'people:list', {});
      opened.push(ctx);
    },
    async () => {
      await opened.pop()?.folder.close(); // the start snapshot finishes here, after the roster was usable
    },
  );
  const floorOpens = await timings(OPENS, () => readAndParse(dir));

  const ctx = await openDesk(dir, { program: 'host' });
  try {
    const periods = ctx.folder.view.periods();
    const current = periods.at(-1)!;
    const period = await ctx.folder.view.period(current.id);
    // Only people this bureau appraises can be given a 评鉴 (the 党组主要负责人 is appraised above).
    const org = ctx.folder.view.org();
    const superior = superiorAppraisedIds(org.roles, org.settings.appraisal.superiorAppraised, period);
    const rated = period.participants.filter((p) => !superior.has(p.personId));
    // The unit with the most people: its file is the largest a save rewrites (as a 科室 of a big bureau).
    const sizes = new Map<string, number>();
    for (const p of rated) sizes.set(p.unitId, (sizes.get(p.unitId) ?? 0) + 1);
    const unitId = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
    const here = rated.filter((p) => p.unitId === unitId);
    const reviews = await timings(SAVES, (i) =>
      call(ctx, 'reviews:save', {
        periodId: current.id,
        personId: here[i % here.length].personId,
        score: 80 + (i % 20),
        proposed: null,
        comment: `基准测试第${i + 1}次保存`,
      }),
    );
    const records = await timings(SAVES, (i) =>
      call(ctx, 'records:save', {
        periodId: current.id,
        personId: here[i % here.length].personId,
        date: current.start,
        content: `基准测试工作纪实${i + 1}`,
        progress: '已完成',
        note: null,
      }),
    );
    const unitFile = join(dir, 'periods', current.id, 'units', `${unitId}.json`);
    const unitBytes = (await stat(unitFile)).size;
    const content = Buffer.alloc(unitBytes, 0x61);
    const floorFile = join(dir, 'periods', current.id, 'floor.bin');
    const floors = await timings(SAVES, () => bareSave(floorFile, content));
    await rm(floorFile);

    // Grading: the last quarter before the current one, taken back to 评定 and graded again.
    const graded = periods.at(-2)!;
    await call(ctx, 'periods:setState', { id: graded.id, to: 'grading', reason: '基准测试重新评定' });
    const runs = await timings(3, () => call(ctx, 'grading:run', { periodId: graded.id }));
    const input = await gradingInput({ ...ctx, view: ctx.folder.view }, graded.id);
    const engine = await timings(5, () => gradePeriod(input));
    // The latest year with all four quarters graded (a 1-year folder has only the current year).
    const graded4 = periods.filter(
      (p) => p.state !== 'recording' && periods.filter((q) => q.year === p.year && q.state !== 'recording').length === 4,
    );
    const annualYear = (graded4.at(-1) ?? graded).year;
    const annual = await timings(3, () => call(ctx, 'annual:get', { year: annualYear }));

    // 200 changes across units and kinds: one after another, then all at once.
    const mixed = (i: number) => {
      const who = rated[(i * 37) % rated.length];
      return i % 2
        ? call(ctx, 'reviews:save', { periodId: current.id, personId: who.personId, score: 70 + (i % 30), proposed: null, comment: null })
        : call(ctx, 'records:save', {
            periodId: current.id,
            personId: who.personId,
            date: current.start,
            content: `并发测试${i}`,
            progress: null,
            note: null,
          });
    };
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) await mixed(i);
    const serial200Ms = performance.now() - t0;
    const t1 = performance.now();
    await Promise.all(Array.from({ length: 200 }, (_, i) => mixed(i + 200)));
    const concurrent200Ms = performance.now() - t1;
    const figures = {
      openMs: median(opens),
      openFloorMs: median(floorOpens),
      openFiles: OPEN_FILES,
      saveReviewP95: p95(reviews),
      saveRecordP95: p95(records),
      saveFloorP95: p95(floors),
      saveReviewMedian: median(reviews),
      saveRecordMedian: median(records),
      saveFloorMedian: median(floors),
      unitFileBytes: unitBytes,
      gradingEngineMs: median(engine),
      gradingRunMs: median(runs),
      gradedPeople: graded.participantCount,
      annualMs: median(annual),
      annualYear,
      serial200Ms,
      concurrent200Ms,
    };
    // The crash child opens the folder itself: this desk lets go of it first (close is idempotent).
    await ctx.folder.close();
    return { ...figures, openReplayMs: await openAfterKill(dir, current.id, here[0].personId) };
  } finally {
    await ctx.folder.close();
  }
}

/**
 * A kill right after a change's journal record was written (before its files were replaced), then
 * the app's start until the roster is listed: the record is replayed and checkpointed on the way.
 */
async function openAfterKill(dir: string, periodId: string, personId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const child = await DeskProcess.start(dir, [], { APPRAISAL_DESK_CRASH_AT: 'journal-synced' });
    if ((await child.started).type !== 'ready') throw new Error('the crash child did not start');
    await child.call('reviews:save', { periodId, personId, score: 90 - i, proposed: null, comment: '重放' });
    await child.exited;
    const t = performance.now();
    const ctx = await openDesk(dir, { program: 'host' });
    await call(ctx, 'people:list', {});
    times.push(performance.now() - t);
    await ctx.folder.close();
  }
  return median(times);
}
