import { placeholder, TAG } from './placeholders';

/**
 * What can be wrong with the placeholders a clerk typed, found place by place and told as one
 * sentence per kind of problem (every place named), the same for Excel and Word templates.
 */
export type FindingKind = 'fullWidth' | 'unpaired' | 'unknown' | 'wordOnly' | 'hidden' | 'formula';

export interface Finding {
  kind: FindingKind;
  /** Where, as the clerk finds it: 'B5' in a sheet, '第 2 个表格' in a document. */
  where: string;
  /** What is written there. */
  written: string;
}

/** The findings in one text (an Excel cell, a Word paragraph or tag) written at `where`. */
export function textFindings(text: string, where: string, format: 'xlsx' | 'docx'): Finding[] {
  const found: Finding[] = [];
  const fullWidth = /｛\s*｛[^｝}]*[｝}]\s*[｝}]|｛\s*｛|｝\s*｝/.exec(text);
  if (fullWidth) found.push({ kind: 'fullWidth', where, written: fullWidth[0] });
  const rest = text.replace(TAG, '');
  const open = rest.indexOf('{{');
  const close = rest.indexOf('}}');
  if (open >= 0 || close >= 0) {
    const i = open >= 0 ? open : close;
    found.push({ kind: 'unpaired', where, written: rest.slice(Math.max(0, i - 4), i + 8).trim() });
  }
  for (const m of text.matchAll(TAG)) found.push(...nameFindings(m[1], where, format));
  return found;
}

/** The findings for one tag as written ('姓名', '#有容错', '/工作纪实条目'). */
export function nameFindings(written: string, where: string, format: 'xlsx' | 'docx'): Finding[] {
  const name = written.replace(/^[#^/]\s*/, '');
  const p = placeholder(name);
  if (!p) return [{ kind: 'unknown', where, written: `{{${written}}}` }];
  if (format === 'xlsx' && (p.kind !== 'text' || written !== name)) return [{ kind: 'wordOnly', where, written: `{{${written}}}` }];
  return [];
}

const MAX_PLACES = 6;

/** '“{{职称}}”（B5）、“{{科室}}”（D9）' (a place without a cell, as in Word, once), at most MAX_PLACES, then '等 N 处'. */
function places(findings: Finding[]): string {
  const named = [...new Set(findings.map((f) => (f.where ? `“${f.written}”（${f.where}）` : `“${f.written}”`)))];
  const shown = named.slice(0, MAX_PLACES).join('、');
  return named.length > MAX_PLACES ? `${shown}等 ${named.length} 处` : shown;
}

const SENTENCES: Record<FindingKind, (f: Finding[]) => string> = {
  fullWidth: (f) => `占位符要用半角（英文）大括号，${places(f)}用了全角的“｛｛ ｝｝”：请切换到英文输入法，改成“{{姓名}}”的样子。`,
  unpaired: (f) => `${places(f)}的大括号不成对：占位符应写成“{{姓名}}”的样子，两边各两个半角大括号。`,
  unknown: (f) => `${places(f)}不是程序认识的占位符${suggestions(f)}；可用的占位符见“占位符说明”。`,
  wordOnly: (f) =>
    `${places(f)}是列表或条件（“#”“^”“/”开头），只能用在 Word 模板中；Excel 模板请改用文字占位符，如“{{工作纪实}}”“{{奖惩情况}}”。`,
  hidden: (f) => `${places(f)}写在合并单元格被遮住的部分，打印时看不到：请把占位符移到合并区域左上角的格子里（或先取消合并）。`,
  formula: (f) => `${places(f)}是公式：模板只能有文字和占位符，请把公式改成文字（复制后“选择性粘贴 → 数值”）。`,
};

/** One sentence per kind of problem, in the order a clerk would fix them. */
export function findingSentences(findings: Finding[]): string[] {
  const order: FindingKind[] = ['fullWidth', 'unpaired', 'unknown', 'wordOnly', 'hidden', 'formula'];
  return order.flatMap((kind) => {
    const these = findings.filter((f) => f.kind === kind);
    return these.length ? [SENTENCES[kind](these)] : [];
  });
}

/** '（是不是“{{姓名}}”？）' for names close to a known one (spaces, a stray colon, part of a name). */
function suggestions(findings: Finding[]): string {
  const hints = findings.flatMap((f) => {
    const plain = f.written.replace(/^\{\{[#^/]?|\}\}$/g, '').replace(/[\s\u3000:：]/g, '');
    const close = plain.length > 1 ? (placeholder(plain) ?? closeName(plain)) : undefined;
    return close ? [`“${f.written}”是不是“{{${close}}}”`] : [];
  });
  return hints.length ? `（${hints.slice(0, 3).join('，')}？）` : '';
}

function closeName(plain: string): string | undefined {
  return NAME_HINTS.find(([re]) => re.test(plain))?.[1];
}

/** Names clerks are likely to type for ours (the cb-assess names included). */
const NAME_HINTS: [RegExp, string][] = [
  [/^(名字|userName|name)$/i, '姓名'],
  [/个人总结|personalSummary/i, '个人小结'],
  [/部门及职务|deptAndPost|单位及职务/i, '单位及职务职级'],
  [/分管工作|responsibilities/i, '从事或分管工作'],
  [/考核等次|^等级$|grade/i, '等次'],
  [/季度|quarter/i, '考核周期'],
  [/奖惩|rewardsPunish/i, '奖惩情况'],
  [/评价意见|evaluationLevelSuggest|点评/i, '主管领导评鉴'],
  [/审定|organOpinions/i, '审定意见'],
  [/othersRemark|不参加考核/i, '未确定等次说明'],
  [/absenteeism|旷工/i, '旷工天数'],
  [/leaveNum|病假|事假/i, '病事假天数'],
  [/lateArrival|迟到|早退/i, '迟到早退次数'],
];
