import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageText, pdfFacts, renderPage } from './forms-helpers';
import { callOk, openTestDesk, tempDir, testPrinter } from './helpers';

afterAll(() => testPrinter.close());

describe('花名册 (print view)', () => {
  it('prints on landscape A4 from the same layout as the workbook: header on every page, “— n —” footer', async () => {
    const ctx = await openTestDesk();
    await callOk(ctx, 'org:loadDemo', { people: 60 });
    const file = join(await tempDir(), '花名册.pdf');
    await callOk(ctx, 'forms:export', { request: { form: 'roster' }, format: 'pdf', file });
    const pdf = await pdfFacts(file);
    expect([Math.round(pdf.width), Math.round(pdf.height)]).toEqual([842, 595]);
    expect(pdf.pages).toBeGreaterThan(1);
    for (let n = 1; n <= pdf.pages; n++) {
      const text = await pageText(file, n);
      expect(text, `page ${n}`).toContain('身份证号'); // the header row, repeated
      expect(text, `page ${n}`).toContain(`—${n}—`);
    }
    expect(await pageText(file, 1)).toContain('贵港市医疗保障局干部职工花名册');
    await renderPage(file, 'form-roster');
  });
});
