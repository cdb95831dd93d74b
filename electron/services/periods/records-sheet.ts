import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import { unitLabel, unitSubtree } from '../../../shared/domain/unit';
import { RECORD_META_MARK, RECORD_META_SHEET } from '../../../shared/import/record-sheet';
import { sheetNameFor } from '../../../shared/excel/sheet-name';
import { rejected } from '../app-error';
import type { ReadContext } from '../context';
import { fileOutput } from '../excel/file-input';
import { cjkFont, thinBox } from '../excel/styles';
import { workbookBytes } from '../excel/workbook-bytes';

const BLANK_LINES = 25;

/**
 * 工作纪实表 (reference/templates.md §3, A4 portrait): one sheet per person with the entries
 * already recorded and blank lines to fill, 本期小结 and 科室负责人审核意见 boxes. A hidden sheet
 * names the period and which sheet is whose, so filled files import back to the right people.
 */
export async function exportRecordsSheet(
  ctx: ReadContext,
  input: { periodId: string; personId?: string; unitId?: string; file?: string },
): Promise<FileOutput> {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  const units = input.unitId ? unitSubtree(org.units, input.unitId) : null;
  const people = period.participants.filter((p) => (!input.personId || p.personId === input.personId) && (!units || units.has(p.unitId)));
  if (people.length === 0) throw rejected(`${period.label}的考核名单中没有符合条件的人员。`);
  if (people.length > 300) throw rejected(`一次最多导出300人的工作纪实表（现在是 ${people.length} 人），请按单位分别导出。`);
  const wb = new ExcelJS.Workbook();
  wb.creator = '平时考核';
  // The hidden sheet's name is taken first: nobody's sheet may clash with it.
  const used = new Set<string>([RECORD_META_SHEET.toLowerCase()]);
  const sheetFor: [string, string][] = [];
  for (const p of people) {
    const name = sheetNameFor(p.name, used);
    sheetFor.push([name, p.personId]);
    const records = (await ctx.view.unit(period.id, p.unitId)).workRecords
      .filter((r) => r.personId === p.personId)
      .sort((a, b) => a.date.localeCompare(b.date));
    const ws = wb.addWorksheet(name, {
      pageSetup: {
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        printTitlesRow: '3:3',
        margins: { left: 0.7, right: 0.7, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: '&C— &P —' },
    });
    ws.columns = [{ width: 9 }, { width: 12 }, { width: 42 }, { width: 19 }, { width: 12 }];
    ws.mergeCells('A1:E1');
    Object.assign(ws.getCell('A1'), {
      value: '工作纪实表',
      font: cjkFont(20, false, '方正小标宋简体'),
      alignment: { horizontal: 'center', vertical: 'middle' },
    });
    ws.getRow(1).height = 34;
    ws.mergeCells('A2:C2');
    ws.mergeCells('D2:E2');
    Object.assign(ws.getCell('A2'), {
      value: `科室：${unitLabel(org.units, p.unitId)}    姓名：${p.name}    职务：${p.post ?? ''}`,
      font: cjkFont(11),
    });
    Object.assign(ws.getCell('D2'), { value: period.label, font: cjkFont(11), alignment: { horizontal: 'right' } });
    ['序号', '时间', '工作内容（事项）', '完成情况（进度）', '备注'].forEach((h, i) =>
      Object.assign(ws.getCell(3, i + 1), {
        value: h,
        font: cjkFont(11, true),
        alignment: { horizontal: 'center', vertical: 'middle' },
        border: thinBox,
      }),
    );
    const lines = Math.max(BLANK_LINES, records.length + 10);
    for (let i = 0; i < lines; i++) {
      const r = records[i];
      const row = ws.getRow(4 + i);
      [i + 1, r ? r.date.replace(/-/g, '.') : null, r?.content ?? null, r?.progress ?? null, r?.note ?? null].forEach((v, c) => {
        const cell = row.getCell(c + 1);
        Object.assign(cell, {
          value: v,
          numFmt: '@',
          font: cjkFont(11),
          border: thinBox,
          alignment: { vertical: 'middle', wrapText: true, horizontal: c === 2 ? 'left' : 'center' },
        });
      });
      row.height = 26;
    }
    const end = 4 + lines;
    for (const [offset, label] of [
      [0, '本期小结'],
      [1, '科室负责人\n审核意见'],
    ] as const) {
      const r = end + offset;
      ws.mergeCells(r, 2, r, 5);
      Object.assign(ws.getCell(r, 1), {
        value: label,
        font: cjkFont(11, true),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: thinBox,
      });
      Object.assign(ws.getCell(r, 2), {
        value: offset === 1 ? '签名：                    年    月    日' : null,
        font: cjkFont(11),
        alignment: { vertical: 'bottom', horizontal: offset === 1 ? 'right' : 'left' },
      });
      for (let c = 2; c <= 5; c++) ws.getCell(r, c).border = thinBox;
      ws.getRow(r).height = 70;
    }
  }
  const meta = wb.addWorksheet(RECORD_META_SHEET, { state: 'veryHidden' });
  meta.addRows([[RECORD_META_MARK], ['periodId', period.id], ...sheetFor]);
  const who = input.personId ? people[0].name : input.unitId ? unitLabel(org.units, input.unitId).replace(/\s+/g, '') : '全局';
  return fileOutput(`工作纪实表-${period.label}-${who}.xlsx`, await workbookBytes(wb), input.file);
}
