import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import { GRADE_LABELS } from '../../../shared/domain/grade';
import { checkerFor, reviewerFor } from '../../../shared/domain/reviewer';
import { unitLabel } from '../../../shared/domain/unit';
import { CHECK_AGREE, NO_CHECK, REVIEW_META_MARK, REVIEW_META_SHEET } from '../../../shared/import/review-sheet';
import type { ReadContext } from '../context';
import { nowIso, todayIso } from '../clock';
import { fileOutput } from '../excel/file-input';
import { notFound, rejected } from '../app-error';
import { activeUnit } from '../roster/units';
import { cjkFont, thinBox } from '../excel/styles';
import { workbookBytes } from '../excel/workbook-bytes';

const REVIEW_COLUMNS = [
  { label: '序号', width: 6 },
  { label: '姓名', width: 10 },
  { label: '职务', width: 16 },
  { label: '评鉴人', width: 10 },
  { label: '分数', width: 8 },
  { label: '拟评等次', width: 14 },
  { label: '评鉴意见', width: 48 },
];
/** The second review step's columns, for the 分管领导 after the 科室负责人. */
const CHECK_COLUMNS = [
  { label: '审核人', width: 10 },
  { label: '审核结果', width: 12 },
  { label: '审核意见', width: 36 },
];
const ID_COLUMN = { label: '编号', width: 12 };

const GRADE_LIST = (['good', 'fair', 'average', 'poor'] as const).map((g) => GRADE_LABELS[g]);

const listValidation = (values: string[], error: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${values.join(',')}"`],
  showErrorMessage: true,
  errorTitle: '填写有误',
  error,
});

/**
 * 科室评鉴表 for one unit of a period (A4 landscape): only 分数, 拟评等次 and 评鉴意见 can be
 * typed (the sheet is protected, 等次 is a dropdown, 分数 must be 0–100); the hidden 编号 column
 * and a hidden sheet carry the people's ids, the period, the unit and the 评鉴人, so the returned
 * file is matched by id, not by row position, and another period's or unit's sheet is refused.
 * With a reviewerId it is that 评鉴人's sheet: only the people he rates (a 科长 neither sees
 * himself nor the leaders), and importing it back applies to them only. With the second review
 * step on, 审核结果 (同意, or the grade the 分管领导 sets) and 审核意见 follow, open for the people
 * whose 评鉴 the 分管领导 审核 and marked “—” for the others.
 */
export async function exportReviewSheet(
  ctx: ReadContext,
  input: { periodId: string; unitId: string; reviewerId?: string; file?: string },
): Promise<FileOutput> {
  const org = ctx.view.org();
  // Any state: a finished period's sheet can still be printed; importing it back is what is refused.
  const period = await ctx.view.period(input.periodId);
  activeUnit(org, input.unitId);
  const label = unitLabel(org.units, input.unitId);
  const reviewerOf = (personId: string) => reviewerFor(org, personId, input.unitId, period.end)?.reviewerId ?? null;
  const reviewerName = input.reviewerId ? (org.people.find((p) => p.id === input.reviewerId)?.name ?? null) : null;
  if (input.reviewerId && !reviewerName) throw notFound('评鉴人');
  const people = period.participants.filter(
    (p) => p.unitId === input.unitId && (!input.reviewerId || reviewerOf(p.personId) === input.reviewerId),
  );
  if (input.reviewerId && people.length === 0)
    throw rejected(`${period.label}“${label}”的考核名单中没有由${reviewerName}评鉴的人，没有导出评鉴表。`);
  const reviews = (await ctx.view.unit(period.id, input.unitId)).reviews;
  const seats = org.settings.appraisal;
  const secondStep = seats.reviewers.secondStep;
  const COLUMNS = [...REVIEW_COLUMNS, ...(secondStep ? CHECK_COLUMNS : []), ID_COLUMN];
  const last = COLUMNS.length - 1; // the last visible column (1-based), the hidden 编号 after it
  const col = (n: number) => String.fromCharCode(64 + n);

  const wb = new ExcelJS.Workbook();
  wb.creator = '平时考核';
  const ws = wb.addWorksheet('评鉴表', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '4:4',
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C— &P —' },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(`A1:${col(last)}1`);
  Object.assign(ws.getCell('A1'), {
    value: `${org.organisation.name}平时考核主管领导评鉴表`,
    font: cjkFont(18, false, '方正小标宋简体'),
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  ws.getRow(1).height = 34;
  ws.mergeCells('A2:D2');
  ws.mergeCells(`E2:${col(last)}2`);
  Object.assign(ws.getCell('A2'), { value: `单位：${label}${reviewerName ? `　　评鉴人：${reviewerName}` : ''}`, font: cjkFont(12) });
  Object.assign(ws.getCell('E2'), { value: `考核周期：${period.label}`, font: cjkFont(12), alignment: { horizontal: 'right' } });
  ws.mergeCells(`A3:${col(last)}3`);
  Object.assign(ws.getCell('A3'), {
    value: `填表说明：分数填0—100（可不填）；拟评等次从下拉框选择“好、较好、一般、较差”；“好”等次原则上不超过参加考核人数的${Math.round(seats.goodRatio * 100)}%。${
      secondStep ? '科室负责人评鉴后，由分管领导填写审核结果（“同意”或调整后的等次，调整须写审核意见）。' : ''
    }请勿增删行、调换顺序或改动姓名。`,
    font: cjkFont(10),
    alignment: { wrapText: true, vertical: 'middle' },
  });
  ws.getRow(3).height = 30;
  COLUMNS.forEach((c, i) =>
    Object.assign(ws.getCell(4, i + 1), {
      value: c.label,
      font: cjkFont(11, true),
      alignment: { horizontal: 'center', vertical: 'middle' },
      border: thinBox,
    }),
  );
  ws.getRow(4).height = 24;

  people.forEach((p, i) => {
    const r = ws.getRow(5 + i);
    const review = reviews.find((x) => x.personId === p.personId);
    const reviewer = reviewerFor(org, p.personId, p.unitId, period.end);
    const checker = secondStep && !p.undetermined ? checkerFor(org, p.personId, p.unitId, period.end) : null;
    const nameOf = (id: string) => org.people.find((x) => x.id === id)?.name ?? '';
    const check = review?.check ?? null;
    const checkCells = !secondStep
      ? []
      : checker
        ? [
            nameOf(checker.checkerId),
            check ? (check.decision === 'agree' ? CHECK_AGREE : GRADE_LABELS[check.grade!]) : null,
            check?.opinion ?? null,
          ]
        : [NO_CHECK, NO_CHECK, NO_CHECK];
    const values = [
      i + 1,
      p.name,
      p.post ?? '',
      reviewer ? nameOf(reviewer.reviewerId) : '',
      p.undetermined ? null : (review?.score ?? null),
      p.undetermined ? `不确定等次（${p.undetermined.reason}）` : review?.proposed ? GRADE_LABELS[review.proposed] : null,
      review?.comment ?? null,
      ...checkCells,
      p.personId,
    ];
    const wide = new Set([6, ...(secondStep ? [9] : [])]);
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v;
      cell.font = cjkFont(11);
      cell.border = thinBox;
      cell.alignment = { vertical: 'middle', horizontal: wide.has(c) ? 'left' : 'center', wrapText: true };
      if (c !== 4) cell.numFmt = '@';
    });
    if (checker) {
      for (const c of [9, 10]) r.getCell(c).protection = { locked: false };
      r.getCell(9).dataValidation = listValidation([CHECK_AGREE, ...GRADE_LIST], '审核结果请从下拉框选择：同意，或调整后的等次');
    }
    if (!p.undetermined) {
      for (const c of [5, 6, 7]) r.getCell(c).protection = { locked: false };
      r.getCell(5).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 100],
        showErrorMessage: true,
        errorTitle: '分数有误',
        error: '分数应为0到100之间的数字',
      };
      r.getCell(6).dataValidation = listValidation(GRADE_LIST, '请从下拉框选择：好、较好、一般、较差');
    }
    r.height = 36;
  });
  ws.getColumn(COLUMNS.length).hidden = true;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = wb.addWorksheet(REVIEW_META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    [REVIEW_META_MARK],
    ['periodId', period.id],
    ['unitId', input.unitId],
    ['period', period.label],
    ['unit', label],
    ['exportedAt', nowIso()],
    ['reviewerId', input.reviewerId ?? ''],
    ['reviewer', reviewerName ?? ''],
  ]);

  const who = [label.replace(/\s+/g, ''), reviewerName].filter(Boolean).join('-');
  const name = `评鉴表-${period.label}-${who}-${todayIso().replace(/-/g, '')}.xlsx`;
  return fileOutput(name, await workbookBytes(wb), input.file);
}
