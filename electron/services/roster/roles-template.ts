import ExcelJS from 'exceljs';
import type { FileOutput } from '../../../shared/api/contract';
import { ROLE_KINDS, ROLE_LABELS } from '../../../shared/domain/role';
import { unitLabel } from '../../../shared/domain/unit';
import { ROLE_FIELD_MAP, ROLE_SHEET_COLUMNS } from '../../../shared/import/role-sheet';
import { sortByStroke } from '../../../shared/text/stroke-order';
import type { ReadContext } from '../context';
import { a4Sheet, cjkFont, thinBox } from '../excel/styles';
import { fileOutput } from '../excel/file-input';
import { workbookBytes } from '../excel/workbook-bytes';

const HEADER_ROW = 3;
/** Empty bordered rows left under the roles held, for new ones. */
const SPARE_ROWS = 30;

/**
 * 管理职责导入表: the sheet `import roles` reads, A4 landscape, filled with the roles held now (so
 * it goes out, is corrected and comes back) and 30 empty rows for more. 职责 is a dropdown; 身份证号 and
 * 起始日期 are text cells. The labels are the import's own, so the sheet reads back as written.
 */
export async function rolesTemplate(ctx: ReadContext, input: { file?: string }): Promise<FileOutput> {
  const org = ctx.view.org();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(
    '管理职责',
    a4Sheet(
      { orientation: 'landscape', margins: { left: 1.5, right: 1.5, top: 2, bottom: 2 }, footer: '&C— &P —' },
      `${HEADER_ROW}:${HEADER_ROW}`,
    ),
  );
  const width = ROLE_SHEET_COLUMNS.length;
  ws.columns = ROLE_SHEET_COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = `${org.organisation.name}管理职责导入表`;
  ws.getCell(1, 1).font = cjkFont(16, true, '方正小标宋简体');
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value =
    `职责填：${ROLE_KINDS.map((k) => ROLE_LABELS[k]).join('、')}。范围：科室负责人填科室，二层单位班子成员填二层单位，其余可不填。` +
    '分管单位（只有党组班子成员填）用顿号分隔，如“办公室、待遇保障科”。起始日期不填时为导入当天。';
  ws.getCell(2, 1).font = cjkFont(10);
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(2).height = 36;
  const header = ws.getRow(HEADER_ROW);
  ROLE_SHEET_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = ROLE_FIELD_MAP.fields.find((f) => f.key === c.key)!.label;
    cell.font = cjkFont(11, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = thinBox;
  });
  header.height = 24;
  const held = sortByStroke(
    org.roles.filter((r) => r.until === null),
    (r) => org.people.find((p) => p.id === r.personId)?.name ?? '',
  );
  const text = (v: string | null) => v ?? '';
  for (let i = 0; i < held.length + SPARE_ROWS; i++) {
    const role = held[i];
    const person = role && org.people.find((p) => p.id === role.personId);
    const values: Record<string, string> = role
      ? {
          name: text(person?.name ?? null),
          idNumber: text(person?.idNumber ?? null),
          kind: ROLE_LABELS[role.kind],
          scope: role.kind === 'departmentHead' || role.kind === 'subunitLeader' ? unitLabel(org.units, role.unitId) : '',
          supervised: role.supervisedUnitIds.map((id) => unitLabel(org.units, id)).join('、'),
          from: role.from.replace(/-/g, '.'),
        }
      : {};
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.height = 20;
    ROLE_SHEET_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = values[c.key] ?? null;
      cell.numFmt = '@';
      cell.font = cjkFont(11);
      cell.border = thinBox;
      if (c.key === 'kind')
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${ROLE_KINDS.map((k) => ROLE_LABELS[k]).join(',')}"`],
          showErrorMessage: true,
          errorTitle: '职责',
          error: `请从下拉列表中选择：${ROLE_KINDS.map((k) => ROLE_LABELS[k]).join('、')}`,
        };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  return fileOutput('管理职责导入表.xlsx', await workbookBytes(wb), input.file);
}
