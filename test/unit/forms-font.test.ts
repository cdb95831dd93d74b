import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter, type PdfPrinter } from '../../electron/services/print/pdf';
import { gradedQuarter, pageText, renderPage } from './forms-helpers';
import { callOk, openTestDesk, tempDir } from './helpers';

const run = promisify(execFile);

// Started after FONTCONFIG_FILE is set: the browser reads it once, at launch.
let latinOnly: PdfPrinter | null = null;
afterAll(async () => {
  delete process.env.FONTCONFIG_FILE;
  await latinOnly?.close();
});

describe('the bundled print font', () => {
  it('prints every Chinese character of a form on a PC without any Chinese font (no boxes)', async () => {
    // A Chromium that sees only the Latin DejaVu fonts: no 仿宋, no 宋体, no Noto CJK.
    const latin = dirname((await run('fc-match', ['-f', '%{file}', 'DejaVu Sans'])).stdout);
    const dir = await tempDir();
    await writeFile(
      join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><fontconfig><dir>${latin}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    process.env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
    latinOnly = chromiumPrinter();

    const ctx = await openTestDesk(undefined, { printer: latinOnly });
    const { periodId, ids } = await gradedQuarter(ctx, { publish: true });
    const file = join(dir, '登记表.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'register', periodId, personId: ids['赵八'] }, format: 'pdf', file });
    const fonts = (await run('pdffonts', [file])).stdout;
    expect(fonts).toMatch(/NotoSerifSC/);
    expect(fonts).not.toMatch(/CJK|SimSun|FangSong/i);
    await renderPage(file, 'form-register-bundled-font');
    const front = await pageText(file, 1);
    expect(front).toContain('事业单位工作人员平时考核登记表');
    expect(front).toContain('赵八');
    expect(await pageText(file, 2)).toContain('经审定，2025年第一季度平时考核等次为“好”。');
  });
});
