import type { TableForm } from './table-form';

export interface WorkRecordRow {
  /** '3月18日'; null on a blank line. */
  date: string | null;
  content: string | null;
  progress: string | null;
  note: string | null;
}

export interface WorkRecordContext {
  cadence: 'week' | 'month';
  unit: string | null;
  name: string | null;
  post: string | null;
  /** '2025年第12周 3.17—3.23' or '2025年3月'; blank forms leave it to the pen. */
  heading: string;
  /** 科室负责人审核意见 on this week or month. */
  review: string | null;
}

const GAP = '　　　　　';
const SIGN = '签名：　　　　　　　年　　月　　日';

/**
 * 工作纪实表 (reference §3, weekly or monthly): who and when above the table, one line per
 * record, then 小结 and the 科室负责人's 审核意见 (the monthly form adds 出勤情况, as the 月工作
 * 记实表 of §2C). Filled from the records kept, or blank to fill by hand.
 */
export const WORK_RECORD_FORM: TableForm<WorkRecordRow, WorkRecordContext> = {
  sheetName: '工作纪实表',
  title: () => '工作纪实表',
  subtitle: { text: (c) => `（${c.heading}）`, font: { name: '楷体_GB2312', size: 14 } },
  infoLine: (c) => [`科室：${c.unit ?? GAP}　　姓名：${c.name ?? GAP}`, `职务（职级）：${c.post ?? GAP}`],
  columns: [
    { key: 'seq', group: null, label: '序号', width: 6, value: (_r, i) => i + 1, align: 'center' },
    { key: 'date', group: null, label: '时间', width: 11, value: (r) => r.date, align: 'center' },
    { key: 'content', group: null, label: '工作内容（事项）', width: 44, value: (r) => r.content },
    { key: 'progress', group: null, label: '完成情况（进度）', width: 20, value: (r) => r.progress },
    { key: 'note', group: null, label: '备注', width: 11, value: (r) => r.note },
  ],
  closing: (_rows, c) => [
    ...(c.cadence === 'month'
      ? [{ label: '出勤情况', text: '出勤　　天，事假　　天，病假　　天，旷工　　天，迟到早退　　次', height: 30, labelSpan: 2 }]
      : []),
    { label: c.cadence === 'week' ? '本周小结' : '本月小结', text: '', height: 72, labelSpan: 2 },
    { label: '科室负责人\n审核意见', text: `${c.review ?? ''}\n\n${SIGN}`, height: 80, labelSpan: 2 },
  ],
  page: { orientation: 'portrait', margins: { left: 2.0, right: 2.0, top: 2.0, bottom: 2.0 }, footer: '' },
  fonts: {
    title: { name: '方正小标宋简体', size: 20 },
    info: { name: '仿宋_GB2312', size: 12 },
    header: { name: '黑体', size: 12 },
    body: { name: '仿宋_GB2312', size: 12 },
  },
  rowHeight: 28,
};

/** Empty lines on a blank form: a week's or a month's worth of entries. */
export const BLANK_LINES = { week: 10, month: 12 } as const;
