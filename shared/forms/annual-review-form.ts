import { GRADE_LABELS } from '../domain/grade';
import type { AnnualRow } from '../grading/annual';
import { annualRecommendation, type AnnualRecommendation } from '../grading/annual-recommendation';
import type { GradeOrUndetermined } from '../grading/types';
import { formatChineseDate } from '../text/ym-date';
import type { TableColumn, TableForm } from './table-form';

export interface AnnualReviewRow extends AnnualRow {
  post: string | null;
  /** The text of each period column, in the order of the year's periods (see periodGradeText). */
  periodTexts: string[];
}

export interface AnnualReviewContext {
  organisation: string;
  year: number;
  /** Whom this block lists: 公务员, 事业单位工作人员, 编外聘用人员 …. */
  group: string;
  filer: string;
  date: string;
  /** 优秀 seats of the year (20% of those graded). */
  seats: number;
  /** Periods graded but not yet published: their grades may still change. */
  unpublished: string[];
}

/** The annual grades of a block: 公务员 (称职 …) or 事业单位 and the bureau's own staff (合格 …, 档次). */
export type AnnualScale = 'civil' | 'merit';

const TICKS: Record<AnnualScale, { key: AnnualRecommendation; label: string; width: number }[]> = {
  civil: [
    { key: 'excellent', label: '优秀', width: 6 },
    { key: 'competent', label: '称职', width: 6 },
    { key: 'basic', label: '基本称职', width: 9 },
    { key: 'incompetent', label: '不称职', width: 7 },
  ],
  merit: [
    { key: 'excellent', label: '优秀', width: 6 },
    { key: 'competent', label: '合格', width: 6 },
    { key: 'basic', label: '基本合格', width: 9 },
    { key: 'incompetent', label: '不合格', width: 7 },
  ],
};

/** What a period column shows: the grade, 不确定, 未评定 (the period is not graded yet) or 未参加. */
export function periodGradeText(graded: boolean, grade: GradeOrUndetermined | null): string {
  if (!graded) return '未评定';
  if (grade === null) return '未参加';
  return grade === 'undetermined' ? '不确定' : GRADE_LABELS[grade];
}

/** Why a line has no tick, or that the person meets the 优秀 conditions. */
function note(r: AnnualReviewRow): string | null {
  if (annualRecommendation(r) !== null) return r.eligible ? '符合评优条件' : null;
  return r.counts.poor > 0 ? `“较差”${r.counts.poor}次，待研究` : '本年度未评定等次，待研究';
}

/** '2025年第一季度' → '一季度', '2025年4月' → '4月'. */
const shortLabel = (label: string) => label.replace(/^\d+年(第)?/, '');

/**
 * 年度考核评议表 of one block (reference §4C, Atype.xls: a 公务员 block ticking 优秀/称职/基本称职/
 * 不称职, a 事业单位 block ticking 优秀/合格/基本合格/不合格): every period of the year as a column
 * (未评定 until it is graded), the proposed annual grade ticked (see annualRecommendation) with the
 * reason in 备注. Portrait for quarters; twelve months need landscape.
 */
export function annualReviewForm(periodLabels: string[], scale: AnnualScale): TableForm<AnnualReviewRow, AnnualReviewContext> {
  const months = periodLabels.length > 4;
  const periodColumns: TableColumn<AnnualReviewRow>[] = periodLabels.map((label, i) => ({
    key: `p${i}`,
    group: months ? '平时考核等次（月度）' : '平时考核等次（季度）',
    label: shortLabel(label),
    width: months ? 5 : 7,
    value: (r) => r.periodTexts[i],
    align: 'center',
  }));
  const ticks = TICKS[scale];
  const tickColumns: TableColumn<AnnualReviewRow>[] = ticks.map((t) => ({
    key: t.key,
    group: '年度考核推荐等次',
    label: t.label,
    width: t.width,
    value: (r) => (annualRecommendation(r) === t.key ? '√' : ''),
    align: 'center',
  }));
  const competent = ticks[1].label;
  return {
    sheetName: '年度考核评议表',
    title: (c) => `${c.organisation}${c.group}年度考核评议表`,
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
        text: `参加考核 ${rows.length} 人；推荐优秀 ${rows.filter((r) => annualRecommendation(r) === 'excellent').length} 人（全局优秀名额 ${c.seats} 个），推荐${competent} ${rows.filter((r) => annualRecommendation(r) === 'competent').length} 人，待研究 ${rows.filter((r) => annualRecommendation(r) === null).length} 人`,
      },
    ],
    notes: (_rows, c) => [
      {
        text: `注：1. 请在年度考核推荐等次栏内划“√”；${scale === 'civil' ? '公务员年度考核等次为优秀、称职、基本称职、不称职。' : '年度考核档次为优秀、合格、基本合格、不合格。'}`,
      },
      {
        text: '　　2. 推荐等次由系统按平时考核结果预填：“优秀”栏为符合评优条件的人员，须由考核委员会在优秀名额内研究确定；以考核委员会意见为准。',
      },
      ...(c.unpublished.length ? [{ text: `　　3. ${c.unpublished.join('、')}的等次尚未公示，以公示结果为准。` }] : []),
      { text: '单位负责人：        审核人：        填表人：' },
    ],
    page: {
      orientation: months ? 'landscape' : 'portrait',
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
