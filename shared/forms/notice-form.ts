import { GRADE_LABELS, type Grade } from '../domain/grade';
import { formatChineseDate } from '../text/ym-date';
import type { TableForm } from './table-form';

/** One unit's people of one grade, names in 姓氏笔画 order. */
export interface NoticeRow {
  unitLabel: string;
  grade: Grade;
  names: string[];
}

export interface NoticeContext {
  organisation: string;
  periodLabel: string;
  /** The grades published, in GRADES order. */
  grades: Grade[];
  /** 公示期, 'YYYY-MM-DD'; the closing line is dated on the first day. */
  start: string;
  end: string;
  phone: string | null;
}

const quoted = (g: Grade) => `“${GRADE_LABELS[g]}”`;
const body = { name: '宋体', size: 12 };

/**
 * 公示名单 (TEMPLATES.md: title, period, list by unit, 公示期, 联系电话): one row per unit (and
 * grade), the names across, then 公示期, 联系电话 and the organisation with the date. A4 portrait.
 */
export const NOTICE_FORM: TableForm<NoticeRow, NoticeContext> = {
  sheetName: '公示名单',
  title: (c) => `${c.organisation}平时考核${c.grades.length === 1 ? `${quoted(c.grades[0])}等次人员` : '结果'}公示名单`,
  subtitle: { text: (c) => `（${c.periodLabel}）`, font: { name: '楷体_GB2312', size: 16 } },
  columns: [
    { key: 'seq', group: null, label: '序号', width: 6, value: (_r, i) => i + 1, align: 'center' },
    { key: 'unit', group: null, label: '科室（单位）', width: 22, value: (r) => r.unitLabel },
    { key: 'grade', group: null, label: '考核等次', width: 9, value: (r) => GRADE_LABELS[r.grade], align: 'center' },
    { key: 'count', group: null, label: '人数', width: 6, value: (r) => r.names.length, align: 'center' },
    { key: 'names', group: null, label: '姓名', width: 46, value: (r) => r.names.join('、') },
  ],
  closing: (rows, c) => [
    {
      label: '合计',
      text: c.grades
        .map((g) => `${quoted(g)}等次 ${rows.filter((r) => r.grade === g).reduce((n, r) => n + r.names.length, 0)} 人`)
        .join('，'),
    },
  ],
  notes: (_rows, c) => [
    {
      text: `公示期：${formatChineseDate(c.start)}至${formatChineseDate(c.end)}。公示期间如有不同意见，可通过来电、来信或来访等方式反映。`,
    },
    { text: `联系电话：${c.phone ?? ''}` },
    { text: '' },
    { text: c.organisation, align: 'right' },
    { text: formatChineseDate(c.start), align: 'right' },
  ],
  page: { orientation: 'portrait', margins: { left: 2.0, right: 2.0, top: 2.5, bottom: 2.0 }, footer: '&C— &P —' },
  fonts: { title: { name: '方正小标宋简体', size: 20 }, info: body, header: { ...body, bold: true }, body },
  rowHeight: 28,
};

/** With one grade the title names it, and a 考核等次 column would only repeat it. */
export function noticeForm(grades: readonly Grade[]): TableForm<NoticeRow, NoticeContext> {
  return grades.length > 1 ? NOTICE_FORM : { ...NOTICE_FORM, columns: NOTICE_FORM.columns.filter((c) => c.key !== 'grade') };
}
