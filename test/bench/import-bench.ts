import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { readWorkbook, SHEETJS_OPTIONS } from '../../electron/services/excel/read-workbook';
import { openDesk } from '../../electron/services/open-desk';
import { planRosterImport } from '../../shared/import/roster-plan';
import { median, timings } from './measure';

export interface ImportFigures {
  rows: number;
  exportMs: number;
  previewXlsxMs: number;
  parseXlsxMs: number;
  previewXlsMs: number;
  parseXlsMs: number;
}

/** The roster of the folder exported, then read back as a preview against the bare parse of the same file. */
export async function measureImport(dataDir: string, scratch: string): Promise<ImportFigures> {
  const ctx = await openDesk(dataDir, { program: 'cli', snapshotOnOpen: false });
  try {
    const xlsxFile = join(scratch, 'roster.xlsx');
    const exportMs = median(
      await timings(3, async () => {
        const r = await dispatch(ctx, 'roster:export', { file: xlsxFile });
        if (!r.ok) throw new Error(r.message);
      }),
    );
    const xlsx = await readFile(xlsxFile);
    const xls = XLSX.write(XLSX.read(xlsx, { type: 'buffer' }), { type: 'buffer', bookType: 'xls' }) as Buffer;
    const org = ctx.folder.view.org();
    const runs = 5;
    return {
      rows: org.people.filter((p) => p.status !== 'left').length,
      exportMs,
      parseXlsxMs: median(
        await timings(runs, async () => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(xlsx as never, { ignoreNodes: ['dataValidations'] } as never);
        }),
      ),
      previewXlsxMs: median(await timings(runs, async () => planRosterImport(await readWorkbook(xlsx, 'roster.xlsx'), org, 'roster.xlsx'))),
      parseXlsMs: median(await timings(runs, () => XLSX.read(xls, SHEETJS_OPTIONS))),
      previewXlsMs: median(await timings(runs, async () => planRosterImport(await readWorkbook(xls, 'roster.xls'), org, 'roster.xls'))),
    };
  } finally {
    await ctx.folder.close();
  }
}
