/**
 * npm run bench:forms — the forms against their floors: a batch of 300 平时考核登记表 as one PDF
 * (our pipeline: fill, print in parts, join) against Chromium printing the same finished HTML in
 * one go (the floor); the bureau-wide 汇总表 of 5,000 people as Excel and as PDF.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { dispatch } from '../../electron/services/dispatch';
import { formHtml, formOutput, sliceCopies } from '../../electron/services/forms/built-form';
import { buildRegister } from '../../electron/services/forms/register';
import { Jobs } from '../../electron/services/jobs/jobs';
import { openDesk } from '../../electron/services/open-desk';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'desk-bench-forms-'));
  const rows: string[][] = [];
  try {
    const ctx = await openDesk(join(dir, 'data'), { program: 'cli', snapshotOnOpen: false });
    await dispatch(ctx, 'org:loadDemo', { people: 5000 });
    const period = ctx.folder.view.periods().find((p) => p.state === 'archived')!;
    // The first 300 of the bureau, in form order.
    const all = await buildRegister({ ...ctx, view: ctx.folder.view }, { periodId: period.id });
    const subset = sliceCopies(all, 0, 300);
    await ctx.printer.toPdf('<p>warm-up</p>'); // the browser's start is not part of either figure

    // Floor: the finished HTML of the 300 forms printed in one call.
    const html = formHtml(subset)!;
    const [floorPdf, floorMs] = await timed(() => ctx.printer.toPdf(html));
    const floorPages = (await PDFDocument.load(floorPdf)).getPageCount();

    // Ours, as the clerk gets it: fill from the data, print in parts with progress, join.
    const file = join(dir, '登记表.pdf');
    const [out, oursMs] = await timed(async () => {
      const register = await buildRegister({ ...ctx, view: ctx.folder.view }, { periodId: period.id });
      return formOutput(sliceCopies(register, 0, 300), 'pdf', Jobs.untracked(), file, ctx.printer);
    });
    rows.push([
      `300 份平时考核登记表 PDF（${floorPages} 页，${Math.round(out.bytes / 1024)} KB）`,
      `${(oursMs / 1000).toFixed(1)} s`,
      `${(oursMs / floorPages).toFixed(0)} ms/页`,
      `${(floorMs / 1000).toFixed(1)} s（${(floorMs / floorPages).toFixed(0)} ms/页）`,
      `${(oursMs / floorMs).toFixed(2)}×`,
    ]);

    const [, xlsxMs] = await timed(async () => {
      const r = await dispatch(ctx, 'forms:export', {
        request: { form: 'summary', periodId: period.id },
        format: 'xlsx',
        file: join(dir, 's.xlsx'),
      });
      if (!r.ok) throw new Error(r.message);
    });
    rows.push([`汇总表 Excel（全局 ${period.participantCount} 人）`, `${(xlsxMs / 1000).toFixed(2)} s`, '—', '—', '—']);
    const [, pdfMs] = await timed(async () => {
      const r = await dispatch(ctx, 'forms:export', {
        request: { form: 'summary', periodId: period.id },
        format: 'pdf',
        file: join(dir, 's.pdf'),
      });
      if (!r.ok) throw new Error(r.message);
    });
    rows.push([`汇总表 PDF（全局 ${period.participantCount} 人）`, `${(pdfMs / 1000).toFixed(2)} s`, '—', '—', '—']);
    await ctx.printer.close();
    await ctx.folder.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `\n表格基准 — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`,
  );
  const header = ['what', 'time', 'per page', 'floor (static HTML, one call)', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}

void main();
