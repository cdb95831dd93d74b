import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annualRegisterForm } from '../../shared/forms/annual-register-form';
import { annualReviewForm } from '../../shared/forms/annual-review-form';
import { charsToPt, gridFormProblems, type GridForm } from '../../shared/forms/grid-form';
import { registerForm } from '../../shared/forms/register-form';
import { rosterPrintForm } from '../../shared/forms/roster-form';
import { summaryForm } from '../../shared/forms/summary-form';
import { headerCells, type TableForm } from '../../shared/forms/table-form';
import { fixture } from './helpers';

/**
 * The built-in forms against the provincial templates (reference §2A, §2A′, §5A, §5B, §4B, §4C,
 * §6A): the structure dumps of the real .docx/.xls files, copied to test/fixtures/provincial-forms/dumps.
 */
const dump = (name: string) => readFileSync(fixture(`provincial-forms/dumps/${name}.txt`), 'utf8');

/** Labels compared as printed: full-width forms folded (NFKC), spaces, line and paragraph breaks dropped. */
const norm = (s: string) => s.normalize('NFKC').replace(/[\s/]+/g, '');

interface TemplateCell {
  kind: 'label' | 'value';
  text: string;
  span: number;
}
interface TemplateRow {
  height: number;
  cells: TemplateCell[];
}

/** A Word template's dump: title and sub-title, the table's grid (pt) and rows, the lines after the table. */
function wordTemplate(name: string) {
  const lines = dump(name).split('\n');
  const paragraphs = lines.filter((l) => l.startsWith('P: ')).map((l) => l.slice(3).replace(/ \|fonts .*$/, ''));
  const grid = JSON.parse(/grid twips: (\[.*\])/.exec(dump(name))![1].replace(/'/g, '"')) as string[];
  const rows: TemplateRow[] = [];
  for (const line of lines) {
    const m = /^\s+R\d+ h=(\d+): (.*)$/.exec(line);
    if (!m) continue;
    const cells = [...m[2].matchAll(/\[(.*?)\](?:\(span(\d+)\))?/g)].map((c): TemplateCell => ({
      kind: c[1].includes('{{') ? 'value' : 'label',
      text: norm(c[1]),
      span: Number(c[2] ?? 1),
    }));
    const previous = rows.at(-1);
    // A label repeated on the next row is one cell merged down (vMerge): the rows are one box.
    if (previous && cells[0].kind === 'label' && cells[0].text === previous.cells[0].text) previous.height += Number(m[1]) / 20;
    else rows.push({ height: Number(m[1]) / 20, cells });
  }
  return { title: paragraphs[0], subtitle: paragraphs[1], notes: paragraphs.slice(2), columns: grid.map((t) => Number(t) / 20), rows };
}

/**
 * Our form in the same terms: a row with nothing of its own (the lower part of a box that spans
 * rows, the signature line that closes a box) belongs to the row above.
 */
function ourRows<D>(form: GridForm<D>): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const row of form.pages.flat()) {
    const own = row.cells.filter((c) => c.open !== 'top');
    if (own.length === 0 && rows.length) {
      rows.at(-1)!.height += row.height;
      continue;
    }
    rows.push({
      height: row.height,
      cells: [...own]
        .sort((a, b) => a.col - b.col)
        .map((c) => ({ kind: c.kind, text: c.kind === 'label' ? norm(c.text as string) : '', span: c.span ?? 1 })),
    });
  }
  return rows;
}

const labelsAndSpans = (rows: TemplateRow[]) => rows.map((r) => r.cells.map((c) => `${c.kind === 'label' ? c.text : '□'}×${c.span}`));

describe('the 登记表 follow the provincial templates row for row', () => {
  const cases = [
    ['ServantRegistrationForm.docx', registerForm({ variant: 'civil', who: '公务员', workRecords: 'appendix' }), 'exact'],
    ['InstitutionsRegistrationForm.docx', registerForm({ variant: 'institution', who: '工作人员', workRecords: 'appendix' }), 'exact'],
    ['AnnualAssessmentOfCivilServants.docx', annualRegisterForm({ variant: 'civil', who: '公务员' }), 'labels'],
    ['AnnualAssessmentOfBusiness.docx', annualRegisterForm({ variant: 'institution', who: '工作人员' }), 'labels'],
  ] as const;

  for (const [name, form, depth] of cases) {
    it(`${name}: title, labels, their order, merges${depth === 'exact' ? ', column widths and box heights' : ' and column widths'}, the notes`, () => {
      const t = wordTemplate(name);
      const f = form as GridForm<never>;
      expect(f.title(null as never)).toBe(t.title);
      expect(f.subtitle({ periodLabel: '2025年第一季度', year: 2025 } as never)).toMatch(/^（.+）$/);
      expect(labelsAndSpans(ourRows(f))).toEqual(labelsAndSpans(t.rows));
      // Column widths as printed (pt), within a point of the template's.
      f.columns.forEach((c, i) => expect(Math.abs(charsToPt(c) - t.columns[i]), `column ${i + 1}`).toBeLessThan(1));
      if (depth === 'exact') ourRows(f).forEach((r, i) => expect(Math.abs(r.height - t.rows[i].height), `row ${i + 1}`).toBeLessThan(1));
      expect(f.notes.map(norm)).toEqual(t.notes.map(norm));
      expect(gridFormProblems(f)).toEqual([]);
    });
  }

  it('the bureau’s own form (机关工勤, 编外聘用 …) has the 公务员 form’s rows, titled for its people', () => {
    const civil = ourRows(registerForm({ variant: 'civil', who: '公务员', workRecords: 'appendix' }));
    const staff = registerForm({ variant: 'staff', who: '编外聘用人员', workRecords: 'appendix' });
    expect(staff.title(null as never)).toBe('编外聘用人员平时考核登记表');
    expect(ourRows(staff).map((r) => [r.height, r.cells.map((c) => c.span)])).toEqual(
      civil.map((r) => [r.height, r.cells.map((c) => c.span)]),
    );
    expect(staff.notes.join()).toContain('工作人员所在处');
    expect(annualRegisterForm({ variant: 'staff', who: '机关工勤人员' }).title(null as never)).toBe('机关工勤人员年度考核登记表');
  });

  it('keeping the 工作纪实 on the form takes its box from the 个人总结 box: the pages keep their height', () => {
    const appendix = registerForm({ variant: 'civil', who: '公务员', workRecords: 'appendix' });
    const inForm = registerForm({ variant: 'civil', who: '公务员', workRecords: 'inForm' });
    const height = (f: GridForm<never>) => f.pages.map((p) => p.reduce((s, r) => s + r.height, 0));
    expect(height(inForm as GridForm<never>)).toEqual(height(appendix as GridForm<never>));
    expect(ourRows(inForm).map((r) => r.cells[0].text)).toEqual([
      '姓名',
      '从事或分管工作',
      '工作纪实',
      '个人总结',
      '出勤情况',
      '奖惩情况与不良行为记录',
      '主管领导审核评价意见和考核等次建议',
      '机关审定意见',
      '未确定等次或不参加考核情况说明',
    ]);
    expect(gridFormProblems(inForm)).toEqual([]);
  });
});

/** An .xls template's header cells of one row, in column order. */
function xlsRow(name: string, row: number): string[] {
  const line = dump(name)
    .split('\n')
    .find((l) => l.startsWith(`R${row} `))!;
  // The dump writes a line break in a cell as \n.
  return [...line.matchAll(/[A-Z]+\d+=(?:'([^']*)'|([\d.]+))/g)].map((m) => norm((m[1] ?? String(Number(m[2]))).replace(/\\n/g, '')));
}

/** Our header as rows of labels (a label over two rows counted in the first). */
function ourHeader(form: TableForm<never, never>): string[][] {
  const rows: string[][] = [[], []];
  for (const h of headerCells(form)) rows[h.row].push(norm(h.text));
  return rows;
}

describe('the list forms keep the templates’ columns', () => {
  it('花名册 (print) has the 干部名册’s 15 columns in its order, and no 身份证号 or telephone', () => {
    const [top, below] = ourHeader(rosterPrintForm() as TableForm<never, never>);
    expect(top).toEqual(xlsRow('干部名册.xls', 4).filter((l) => l !== '单位归口')); // a hidden helper column
    expect(below).toEqual(xlsRow('干部名册.xls', 5));
    expect(top.join()).not.toMatch(/身份证|电话/);
    expect(rosterPrintForm().section).toBeDefined(); // people under each unit's name, as the 干部名册
  });

  it('年度考核评议表: the Atype.xls blocks — 公务员 ticks 优秀/称职/基本称职/不称职, 事业单位 优秀/合格/基本合格/不合格', () => {
    const quarters = ['2025年第一季度', '2025年第二季度', '2025年第三季度', '2025年第四季度'];
    const inOrder = (ours: string[], theirs: string[]) => expect(ours.filter((l) => theirs.includes(l))).toEqual(theirs);
    const civil = ourHeader(annualReviewForm(quarters, 'civil') as TableForm<never, never>);
    const merit = ourHeader(annualReviewForm(quarters, 'merit') as TableForm<never, never>);
    inOrder(civil[0], xlsRow('Atype.xls', 3));
    inOrder(merit[0], xlsRow('Atype.xls', 9));
    expect(civil[1]).toEqual(['一季度', '二季度', '三季度', '四季度', ...xlsRow('Atype.xls', 4).slice(4)]);
    expect(merit[1]).toEqual(['一季度', '二季度', '三季度', '四季度', ...xlsRow('Atype.xls', 10).slice(4)]);
    expect(xlsRow('Atype.xls', 4).slice(0, 4)).toEqual(['1', '2', '3', '4']); // the template numbers its quarters
  });

  it('平时考核结果汇总表: as CompositeA.xls, a section per staff group with score and 排名 when scores exist', () => {
    const theirs = xlsRow('CompositeA.xls', 4);
    const [top, below] = ourHeader(summaryForm({ scores: true }) as TableForm<never, never>);
    // Their names for the same columns: 处室（单位）, 综合得分 (our 评鉴得分), 排名, 建议等次 (our 评鉴建议).
    const same: Record<string, string> = { '处室(单位)': '科室(单位)', 姓名: '姓名', 综合得分: '评鉴得分', 排名: '排名' };
    for (const label of theirs.filter((l) => l in same)) expect(top).toContain(same[label]);
    expect(theirs).toContain('建议等次');
    expect(below).toEqual(['评鉴建议', '审定等次']);
    expect(ourHeader(summaryForm({ scores: false }) as TableForm<never, never>)[0]).not.toContain('排名');
    expect(dump('CompositeA.xls')).toContain("A2='（{personnelDesc}）'"); // the group under the title, as ours
  });
});
