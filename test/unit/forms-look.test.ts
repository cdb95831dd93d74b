import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderGridFormHtml } from '../../shared/forms/grid-html';
import { registerForm, type RegisterData } from '../../shared/forms/register-form';
import { pdfFacts, reasonsQuarter } from './forms-helpers';
import { callOk, openTestDesk, person, tempDir, testPrinter } from './helpers';

const run = promisify(execFile);
afterAll(() => testPrinter.close());

/**
 * Every built-in form, filled, as PNG pages in test/artifacts/look/ (ours-*.png) to look at next
 * to the provincial originals (tpl-*.png: the templates in test/fixtures/provincial-forms rendered
 * by LibreOffice, only with FORMS_LOOK=1 as LibreOffice takes a while).
 */
const look = fileURLToPath(new URL('../artifacts/look/', import.meta.url));
const originals = fileURLToPath(new URL('../fixtures/provincial-forms/', import.meta.url));

async function pngs(pdf: string, name: string) {
  await mkdir(look, { recursive: true });
  for (const f of await readdir(look)) if (f.startsWith(`${name}-`)) await rm(join(look, f));
  await run('pdftoppm', ['-r', '50', '-png', pdf, join(look, name)]);
}

async function exportPdf(ctx: Awaited<ReturnType<typeof openTestDesk>>, request: object, name: string) {
  const file = join(await tempDir(), `${name}.pdf`);
  await callOk(ctx, 'forms:export', { request, format: 'pdf', file } as never);
  await pngs(file, name);
  return pdfFacts(file);
}

describe('the forms as PNG next to the provincial originals', () => {
  it('renders every built-in form, filled', async () => {
    const ctx = await openTestDesk();
    const q = await reasonsQuarter(ctx);
    // A 班子成员 who 分管 two units, and a person with a long 个人小结, records and a 岗位职责.
    const lead = await callOk(ctx, 'people:save', {
      unitId: q.bureau.id,
      fields: person('韦局长', { category: '公务员', post: '党组成员、副局长', rank: '二级调研员' }),
    });
    await callOk(ctx, 'roles:save', {
      personId: lead.id,
      kind: 'leadershipMember',
      unitId: q.bureau.id,
      supervisedUnitIds: [q.office.id, q.hr.id],
      from: '2020-01-01',
    });
    await callOk(ctx, 'people:save', {
      id: q.ids['丁一'],
      unitId: q.office.id,
      fields: person('丁一', { category: '公务员', post: '科员', duties: '负责文电、会务和政务信息工作', gender: '女', birth: '1990.05' }),
    });
    await callOk(ctx, 'periods:open', { kind: 'quarter', year: 2025, index: 2 });
    await callOk(ctx, 'summaries:save', {
      periodId: '2025-Q2',
      personId: q.ids['丁一'],
      text: Array.from({ length: 8 }, (_, i) => `${i + 1}. 认真落实医保基金监管各项要求，按时完成专项检查、整改和信息报送工作。`).join(
        '\n',
      ),
      attendance: { absentDays: 0, leaveDays: 1, lateTimes: 0 },
    });
    for (const [date, content] of [
      ['2025-04-07', '起草第二季度工作要点'],
      ['2025-05-12', '医保基金专项检查'],
      ['2025-06-16', '政务信息报送'],
    ])
      await callOk(ctx, 'records:save', { periodId: '2025-Q2', personId: q.ids['丁一'], date, content, progress: '已完成', note: null });

    const register = await exportPdf(ctx, { form: 'register', periodId: q.periodId }, 'ours-register');
    expect(register.pages).toBeGreaterThanOrEqual(18);
    await exportPdf(ctx, { form: 'register', periodId: '2025-Q2', personId: q.ids['丁一'] }, 'ours-register-records');
    await exportPdf(ctx, { form: 'summary', periodId: q.periodId }, 'ours-summary');
    await exportPdf(ctx, { form: 'annualRegister', year: 2025 }, 'ours-annual-register');
    await exportPdf(ctx, { form: 'annualReview', year: 2025 }, 'ours-annual-review');
    const demo = await openTestDesk();
    await callOk(demo, 'org:loadDemo', { people: 40 });
    await exportPdf(demo, { form: 'roster' }, 'ours-roster');

    // The bureau that keeps the 工作纪实 on the form.
    const data: RegisterData = {
      periodLabel: '2025年第二季度',
      span: '2025年4月1日至2025年6月30日',
      name: '丁一',
      gender: '女',
      birth: '1990.05',
      political: '中共党员',
      unitAndPost: '办公室 科员',
      duties: '负责文电、会务和政务信息工作',
      workRecords:
        '本期工作纪实共 3 条：\n4月7日　起草第二季度工作要点（已完成）\n5月12日　医保基金专项检查（已完成）\n6月16日　政务信息报送（已完成）',
      selfSummary: '本季度认真落实各项工作要求。',
      attendance: { absentDays: 0, leaveDays: 1, lateTimes: 0 },
      incidents: '无',
      review: '工作认真负责。\n评鉴得分：92　考核等次建议：好',
      decision: null,
      undetermined: null,
    };
    const html = renderGridFormHtml(
      [{ form: registerForm({ variant: 'civil', who: '公务员', workRecords: 'inForm' }), data }],
      '平时考核登记表',
    )!;
    const inForm = join(await tempDir(), 'in-form.pdf');
    await writeFile(inForm, await testPrinter.toPdf(html));
    await pngs(inForm, 'ours-register-in-form');
  });

  it.skipIf(!process.env.FORMS_LOOK || !existsSync('/usr/bin/soffice'))(
    'renders the provincial originals with LibreOffice',
    async () => {
      const dir = await tempDir();
      const files = (await readdir(originals)).filter((f) => /\.(docx|xls)$/.test(f));
      for (const f of files) await copyFile(join(originals, f), join(dir, f));
      await run(
        'soffice',
        [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => join(dir, f))],
        {
          timeout: 120_000,
        },
      );
      for (const f of files) await pngs(join(dir, f.replace(/\.\w+$/, '.pdf')), `tpl-${f.replace(/\.\w+$/, '')}`);
    },
    180_000,
  );
});
