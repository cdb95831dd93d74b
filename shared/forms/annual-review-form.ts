import { GRADE_LABELS } from '../domain/grade';
import type { AnnualRow } from '../grading/annual';
import { annualRecommendation, type AnnualRecommendation } from '../grading/annual-recommendation';
import { formatChineseDate } from '../text/ym-date';
import type { TableColumn, TableForm } from './table-form';

export interface AnnualReviewRow extends AnnualRow {
  post: string | null;
}

export interface AnnualReviewContext {
  organisation: string;
  year: number;
  filer: string;
  date: string;
  /** 优秀 seats of the year (20% of those graded). */
  seats: number;
}

/** 公务员 names; the note gives the 事业单位 ones (合格, 基本合格, 不合格). */
const TICKS: { key: AnnualRecommendation; label: string; width: number }[] = [
  { key: 'excellent', label: '优秀', width: 6 },
  { key: 'competent', label: '称职', width: 6 },
  { key: 'basic', label: '基本称职', width: 9 },
  { key: 'incompetent', label: '不称职', width: 7 },
];

/** Why a line has no tick, or that the person meets the 优秀 conditions. */
function note(r: AnnualReviewRow): string | null {
  if (annualRecommendation(r) !== null) return r.eligible ? '符合评优条件' : null;
  return r.counts.poor > 0 ? `“较差”${r.counts.poor}次，待研究` : '本年度未评定等次，待研究';
}

/** '2025年第一季度' → '一季度', '2025年4月' → '4月'. */
const shortLabel = (label: string) => label.replace(/^\d+年(第)?/, '');

/**
 * 年度考核评议表 (reference §4C): each person's 平时考核 grades of the year's periods and the
 * proposed annual grade ticked (see annualRecommendation), with the reason in 备注. Portrait for
 * quarters; twelve months need landscape.
 */
export function annualReviewForm(periodLabels: string[]): TableForm<AnnualReviewRow, AnnualReviewContext> {
  const periodColumns: TableColumn<AnnualReviewRow>[] = periodLabels.map((label, i) => ({
    key: `p${i}`,
    group: '平时考核等次',
    label: shortLabel(label),
    width: periodLabels.length > 4 ? 5 : 7,
    value: (r) => {
      const g = r.grades[i];
      return g === null || g === undefined ? '' : g === 'undetermined' ? '不确定' : GRADE_LABELS[g];
    },
    align: 'center',
  }));
  const tickColumns: TableColumn<AnnualReviewRow>[] = TICKS.map((t) => ({
    key: t.key,
    group: '年度考核推荐等次',
    label: t.label,
    width: t.width,
    value: (r) => (annualRecommendation(r) === t.key ? '√' : ''),
    align: 'center',
  }));
  return {
    sheetName: '年度考核评议表',
    title: (c) => `${c.organisation}${c.year}年度考核评议表`,
    subtitle: { text: (c) => `（${c.year}年度）`, font: { name: '楷体_GB2312', size: 16 } },
    infoLine: (c) => [`填报单位（盖章）：${c.filer}`, `填报日期：${formatChineseDate(c.date)}`],
    columns: [
      { key: 'seq', group: null, label: '序号', width: 5, value: (_r, i) => i + 1, align: 'center' },
      { key: 'name', group: null, label: '姓名', width: 8, value: (r) => r.name, align: 'center' },
      { key: 'unit', group: null, label: '科室（单位）', width: 13, value: (r) => r.unitLabel },
      { key: 'post', group: null, label: '职务', width: 15, value: (r) => r.post },
      ...periodColumns,
      ...tickColumns,
      { key: 'note', group: null, label: '备注', width: 14, value: note },
    ],
    closing: (rows, c) => [
      {
        label: '合计',
        text: `参加考核 ${rows.length} 人；推荐优秀 ${rows.filter((r) => annualRecommendation(r) === 'excellent').length} 人（优秀名额 ${c.seats} 个），推荐称职（合格） ${rows.filter((r) => annualRecommendation(r) === 'competent').length} 人，待研究 ${rows.filter((r) => annualRecommendation(r) === null).length} 人`,
      },
    ],
    notes: () => [
      { text: '注：1. 请在年度考核推荐等次栏内划“√”；事业单位工作人员的“称职、基本称职、不称职”分别为“合格、基本合格、不合格”。' },
      {
        text: '　　2. 推荐等次由系统按平时考核结果预填：“优秀”栏为符合评优条件的人员，须由考核委员会在优秀名额内研究确定；以考核委员会意见为准。',
      },
      { text: '单位负责人：        审核人：        填表人：' },
    ],
    page: {
      orientation: periodLabels.length > 4 ? 'landscape' : 'portrait',
      margins: { left: 1.5, right: 1.5, top: 2.0, bottom: 2.0 },
      footer: '&C— &P —',
    },
    fonts: {
      title: { name: '方正小标宋简体', size: 18 },
      info: { name: '宋体', size: 11 },
      header: { name: '宋体', size: 10.5, bold: true },
      body: { name: '宋体', size: 10.5 },
    },
    rowHeight: 22,
  };
}
