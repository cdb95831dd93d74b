import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DeskContext } from '../../electron/services/context';
import { callOk, person, smallOrg } from './helpers';

const run = promisify(execFile);
const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));

/**
 * 2025年第一季度, graded and published, of 测试市医疗保障局:
 *   办公室 丁一 好 (95) · 卜二 较好 · 马三 一般 · 王五 较好 → 好 by 人工调整 (科室负责人)
 *   组织人事科 刘六 较好 · 李四 不确定等次 (新录用试用期)
 *   医疗保障事业管理中心 张七 较差 · 赵八 好 (93)
 * 7 graded × 40% = 2 seats for 丁一 and 赵八; 王五's 好 is the clerk's.
 */
export async function gradedQuarter(ctx: DeskContext, opts: { publish: boolean }) {
  const units = await smallOrg(ctx);
  const staff = [
    ['丁一', units.office, { gender: '女', post: '科员', rank: '四级主任科员', category: '公务员' }, [95, 'good']],
    ['卜二', units.office, { gender: '男', post: '科员', rank: '一级科员', category: '公务员' }, [85, 'fair']],
    ['马三', units.office, { gender: '女', post: '科员', category: '机关工勤人员' }, [70, 'average']],
    ['王五', units.office, { gender: '男', post: '主任', rank: '一级主任科员', category: '公务员' }, [88, 'fair']],
    ['刘六', units.hr, { gender: '男', post: '副科长', rank: '三级主任科员', category: '公务员' }, [82, 'fair']],
    ['李四', units.hr, { gender: '女', post: '科员', category: '公务员' }, null],
    ['张七', units.centre, { gender: '男', post: '工作人员', category: '事业单位管理人员' }, [55, 'poor']],
    ['赵八', units.centre, { gender: '女', post: '科长', rank: '八级职员', category: '事业单位管理人员' }, [93, 'good']],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [name, unit, fields] of staff)
    ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name, fields) })).id;
  await callOk(ctx, 'roles:save', { personId: ids['王五'], kind: 'departmentHead', unitId: units.office.id, from: '2020-01-01' });
  const periodId = '2025-Q1';
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  await callOk(ctx, 'periods:setUndetermined', { periodId, personId: ids['李四'], reason: '新录用试用期', note: null });
  for (const [name, , , review] of staff)
    if (review) await callOk(ctx, 'reviews:save', { periodId, personId: ids[name], score: review[0], proposed: review[1], comment: null });
  await callOk(ctx, 'periods:advance', { id: periodId });
  await callOk(ctx, 'periods:advance', { id: periodId });
  await callOk(ctx, 'grading:run', { periodId });
  await callOk(ctx, 'grading:override', { periodId, personId: ids['王五'], grade: 'good', reason: '牵头完成专项检查，经党组会研究' });
  if (opts.publish) await callOk(ctx, 'periods:advance', { id: periodId });
  return { ...units, ids, periodId };
}

/** What poppler says about a PDF: page count and page size in pt, and its text (layout kept), all and by page. */
export async function pdfFacts(file: string) {
  const info = (await run('pdfinfo', [file])).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    text,
    pageTexts: text.split('\f'),
  };
}

/**
 * The PDF's text in the order it was drawn (pdftotext -raw: Chromium draws cell by cell, so a
 * wrapped cell's lines stay together), per page, every space and line break removed.
 */
export async function pdfCellTexts(file: string): Promise<string[]> {
  return (await run('pdftotext', ['-raw', file, '-'])).stdout.split('\f').map((t) => t.replace(/\s+/g, ''));
}

/** pdftotext's text of one page, every space and line break removed (wrapped cells join up again). */
export async function pageText(file: string, page: number): Promise<string> {
  return (await run('pdftotext', ['-f', String(page), '-l', String(page), file, '-'])).stdout.replace(/\s+/g, '');
}

/**
 * Page 1 as test/artifacts/<name>.png (60 dpi, to look at), and the share of dark pixels in
 * horizontal bands of the page (from a greyscale render next to the PDF), to check that text is
 * where it belongs.
 */
export async function renderPage(file: string, name: string) {
  await mkdir(artifacts, { recursive: true });
  await run('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', '-png', file, join(artifacts, name)]);
  const grey = file.replace(/\.pdf$/, '-grey');
  await run('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', '-gray', file, grey]);
  const pgm = await readFile(`${grey}.pgm`);
  // P5 header: "P5\n<width> <height>\n255\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return {
    png: join(artifacts, `${name}.png`),
    /** Share of dark pixels between two heights, as fractions of the page (0 = top). */
    ink(from: number, to: number): number {
      let dark = 0;
      const rows = [Math.floor(from * h), Math.floor(to * h)];
      for (let y = rows[0]; y < rows[1]; y++) for (let x = 0; x < w; x++) if (pixels[y * w + x] < 128) dark++;
      return dark / ((rows[1] - rows[0]) * w);
    },
  };
}

/**
 * Every XML part of a workbook, checked well-formed with the strict parser exceljs itself uses
 * (an ill-formed part is what makes Excel offer a repair); by part name.
 */
export async function xmlParts(file: string): Promise<Map<string, string>> {
  const { SaxesParser } = await import('saxes');
  const names = (await run('unzip', ['-Z1', file])).stdout.split('\n').filter((n) => /\.(xml|rels)$/.test(n));
  const parts = new Map<string, string>();
  for (const name of names) {
    // unzip reads names as patterns: a [ must be quoted as [[].
    const xml = (await run('unzip', ['-p', file, name.replace(/\[/g, '[[]')], { maxBuffer: 64 << 20 })).stdout;
    const parser = new SaxesParser();
    parser.on('error', (e) => {
      throw new Error(`${name}: ${e.message}`);
    });
    parser.write(xml).close();
    parts.set(name, xml);
  }
  return parts;
}

/**
 * 2025年第一季度, published, where four grades differ from the 评鉴 proposal, each for its own reason:
 *   张七 好 (94) → 较好: 诫勉 in the period caps it (表现记录)
 *   周九 好 (88) → 较好: 9 graded × 40% = 3 seats for 丁一 95, 卜二 92, 马三 90 (名额)
 *   刘六 较好 → 较差: head of 组织人事科, nobody there 一般/较差, 李四's 工作推进不理想 (管理责任)
 *   王五 一般 → 较好: the clerk's 人工调整
 * Staff groups: 公务员 丁一 卜二 马三 刘六 李四 · 事业 张七 赵八 · 工勤 周九 · 编外 王五.
 */
export async function reasonsQuarter(ctx: DeskContext) {
  const units = await smallOrg(ctx);
  const staff = [
    ['丁一', units.office, '公务员', [95, 'good']],
    ['卜二', units.office, '公务员', [92, 'good']],
    ['马三', units.office, '公务员', [90, 'good']],
    ['周九', units.office, '机关工勤人员', [88, 'good']],
    ['王五', units.office, '编外聘用人员', [70, 'average']],
    ['刘六', units.hr, '公务员', [85, 'fair']],
    ['李四', units.hr, '公务员', [82, 'fair']],
    ['张七', units.centre, '事业单位管理人员', [94, 'good']],
    ['赵八', units.centre, '事业单位专业技术人员', [70, 'average']],
  ] as const;
  const ids: Record<string, string> = {};
  for (const [name, unit, category] of staff)
    ids[name] = (await callOk(ctx, 'people:save', { unitId: unit.id, fields: person(name, { category, post: '科员' }) })).id;
  await callOk(ctx, 'roles:save', { personId: ids['刘六'], kind: 'departmentHead', unitId: units.hr.id, from: '2020-01-01' });
  const periodId = '2025-Q1';
  await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 1 });
  for (const [name, , , [score, proposed]] of staff)
    await callOk(ctx, 'reviews:save', { periodId, personId: ids[name], score, proposed, comment: `${name}工作认真负责` });
  await callOk(ctx, 'incidents:save', {
    personId: ids['张七'],
    kind: '违反工作纪律',
    handling: '诫勉',
    date: '2025-02-10',
    reason: '工作日饮酒',
  } as never);
  await callOk(ctx, 'incidents:save', {
    personId: ids['李四'],
    kind: '工作推进不理想',
    handling: '提醒谈话',
    date: '2025-02-20',
    reason: '交办事项逾期',
  } as never);
  await callOk(ctx, 'periods:advance', { id: periodId });
  await callOk(ctx, 'periods:advance', { id: periodId });
  await callOk(ctx, 'grading:run', { periodId });
  await callOk(ctx, 'grading:override', { periodId, personId: ids['王五'], grade: 'fair', reason: '经复核，汛期值守表现突出' });
  await callOk(ctx, 'grading:confirm', { periodId });
  await callOk(ctx, 'periods:advance', { id: periodId });
  return { ...units, ids, periodId };
}
