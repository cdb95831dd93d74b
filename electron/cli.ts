/**
 * Command-line front over the same contract (DESIGN.md "CLI contract").
 * Exit codes: 0 done · 1 input rejected (nothing written) · 2 usage · 3 data locked or damaged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../shared/api/channels';
import type { GradingView, PeriodDetail, PeriodSummary } from '../shared/api/appraisal-schemas';
import type { AnnualResult } from '../shared/grading/annual';
import { IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportPreview, type ImportResult } from '../shared/api/contract';
import { GRADE_BY_LABEL } from '../shared/domain/grade';
import { ROSTER_PRINT_KEYS, ROSTER_PRINT_LABELS } from '../shared/forms/roster-form';
import { PERIOD_STATE_LABELS } from '../shared/domain/period';
import { toIsoDate } from '../shared/text/ym-date';
import { fieldChoices, mappingFromPairs } from '../shared/import/column-mapping';
import { ROSTER_FIELD_MAP } from '../shared/import/roster-sheet';
import type { ErrorCode, Failure, Result } from '../shared/api/result';
import type { Session } from '../shared/api/trust-schemas';
import type { DeskContext } from './services/context';
import { dispatch, toFailure } from './services/dispatch';
import { openDesk } from './services/open-desk';
import { defaultDataDir } from './services/paths';

export const USAGE = `用法：npm run cli -- <命令> [--data 数据文件夹] [--json]
  init --org 单位名称 [--departments 科室1,科室2] [--subunits 单位1,单位2]
                                  在空的数据文件夹中建立单位
  demo [--people N] [--years Y]   载入演示数据（默认 300 人）
  status                          数据文件夹概况
  import roster|incidents|reviews|records|roles 文件… [--dry-run] [--skip-invalid] [--period 周期] [--unit 单位]
                                  导入花名册、表现记录、评鉴表、工作纪实表或管理职责表（.xlsx/.xls，可多个文件）；
                                  --dry-run 只检查不写入，--skip-invalid 只导入无误的行；
                                  花名册：--unit 单位名称或编号（表中找不到单位的行导入到这里），
                                  --map 表头=字段[,表头=字段…] 或 --map-file 文件.json 把未使用的列导入为某个字段（记住供下次使用）
  export roles-template 文件       导出管理职责导入表（已填好现有的管理职责，改好后 import roles 导入）
  export roster 文件 [--unit 单位编号] [--pdf [--columns 姓名,现任职务,…]]
                                  导出花名册（A4 横向）
  export review-sheet 文件 --period 周期 --unit 单位编号 [--reviewer 评鉴人编号（只含他评鉴的人）]
                                  导出科室评鉴表（发给科室负责人填写后再导入）
  export records 文件 --period 周期 [--unit 单位编号 | --person 人员编号]
                                  导出工作纪实表
  export summary 文件 --period 周期 [--unit 单位编号] [--pdf]
                                  导出平时考核结果汇总表（A4 纵向）；--pdf 或文件名以 .pdf 结尾时生成 PDF
  export register 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--pdf]
                                  导出平时考核登记表（每人两页，公务员、事业单位按人员类别分别用各自的表）
  export work-records 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--cadence week|month] [--blank] [--pdf]
                                  导出打印用的工作纪实表（按周或按月）；--blank 为空白表
  export annual 文件 --year 年份 [--unit 单位编号 | --person 人员编号] [--pdf]
                                  导出年度考核登记表（“需要说明的情况”已按平时考核填好，正反面打印）
  export annual-review 文件 --year 年份 [--unit 单位编号] [--pdf]
                                  导出年度考核评议表（各期平时考核等次和年度推荐等次）
  export notice 文件 --period 周期 [--pdf] [--phone 联系电话] [--start 日期] [--end 日期] [--grades 好,较好]
                                  导出公示名单（周期须已公示或归档）；公示期默认从今天起 7 天，默认只列“好”等次
  export template 模板名称 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--per-person]
                                  用自己的表格模板（考核设置 → 表格样式）填写：文件为 .xlsx、.docx、.pdf，
                                  或 .zip / --per-person（Word 模板每人一个文档）
  period list | show 周期 | open 周期 | advance 周期 | grade 周期 | publish 周期 | archive 周期
  period back 周期 --to 状态 --reason 理由 | reopen 周期 --reason 理由
                                  考核周期：周期编号如 2025-Q1（季度）、2025-M04（月度）；
                                  状态 recording 进行中 / reviewing 评鉴 / grading 评定 / publicity 公示
  annual 年份                     年度汇总：各期等次、评优资格、编外人员续聘建议
  backup 文件                     把全部数据备份到一个文件
  restore 文件                    从备份文件恢复（恢复前自动备份当前数据）
  verify                          校验数据文件、数据文件校验值和操作日志
  audit export 文件 [--from 日期] [--to 日期] [--actor 操作人] [--kind 类别] [--keyword 关键字]
                                  把操作日志（可筛选）导出为 Excel
  password reset --recovery 恢复码 --password 新密码 [--user 管理员]
                                  忘记密码时：用设置密码时保存的恢复码为管理员设置新密码
设置了访问密码时，其他命令须加 --user 用户名 --password 密码
（或设置环境变量 APPRAISAL_DESK_USER、APPRAISAL_DESK_PASSWORD）。
退出码：0 完成 · 1 输入被拒绝（未写入任何数据）· 2 用法错误 · 3 数据被占用或已损坏`;

const FOLDER_CODES: ErrorCode[] = ['LOCKED', 'DAMAGED', 'NEWER_VERSION', 'WRITE_FAILED', 'INTERNAL'];

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags that never take a value, so `--pdf 文件.pdf` keeps the file as a positional argument. */
const SWITCHES = new Set(['--json', '--help', '--pdf', '--dry-run', '--skip-invalid', '--blank', '--per-person']);

export function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const next = argv[i + 1];
      if (SWITCHES.has(a) || next === undefined || next.startsWith('--')) flags.set(a.slice(2), true);
      else flags.set(a.slice(2), argv[++i]);
    } else positional.push(a);
  }
  return { command: positional.shift() ?? '', positional, flags };
}

class UsageError extends Error {}
const GRADE_SHORT = { good: '好', fair: '较好', average: '一般', poor: '较差', undetermined: '不确定' } as const;
const fail = (message: string): never => {
  throw new UsageError(message);
};

/** `npm run` starts in the package folder; paths on the command line are the clerk's, relative to where they typed. */
const userPath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p);

/**
 * --map 表头=字段[,表头=字段…] and --map-file 文件.json ({"表头": "字段"}): roster columns to read as
 * a field (by its label or key), remembered like the dialog's choices once the import is written.
 */
function columnMapping(pairs: string | undefined, mapFile: string | undefined): Record<string, string> | undefined {
  if (pairs === undefined && mapFile === undefined) return undefined;
  const all: [string, string][] = [];
  if (mapFile !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(userPath(mapFile), 'utf8'));
    } catch (e) {
      throw new UsageError(`--map-file：无法读取“${mapFile}”（${(e as Error).message}）。应为 {"表头": "字段"} 形式的 JSON 文件。`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string'))
      throw new UsageError(`--map-file：“${mapFile}”应为 {"表头": "字段"} 形式的 JSON 对象。`);
    all.push(...Object.entries(parsed as Record<string, string>));
  }
  for (const pair of (pairs ?? '').split(/[,，;；]/).filter((x) => x.trim())) {
    const at = pair.lastIndexOf('=');
    if (at < 0) throw new UsageError(`--map 的每一项应写成 表头=字段，而不是“${pair}”。`);
    all.push([pair.slice(0, at), pair.slice(at + 1)]);
  }
  try {
    return mappingFromPairs(all, fieldChoices(ROSTER_FIELD_MAP));
  } catch (e) {
    throw new UsageError(`--map：${(e as Error).message}。`);
  }
}

/** The request a command makes; the CLI only translates. */
function request(p: Parsed): { channel: Channel; input: unknown } {
  const str = (k: string) => {
    const v = p.flags.get(k);
    if (v === true) throw new UsageError(`--${k} 需要一个值。`);
    return v;
  };
  const num = (k: string) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new UsageError(`--${k} 应为整数，而不是“${v}”。`);
    return n;
  };
  const list = (k: string) =>
    (str(k) ?? '')
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const date = (k: string) => {
    const v = str(k);
    if (v === undefined) return undefined;
    const r = toIsoDate(v);
    if (!r.ok) throw new UsageError(`--${k}：${r.message}。`);
    return r.value;
  };
  const file = () => {
    if (!p.positional[0]) throw new UsageError(`${p.command} 需要一个文件路径。`);
    return userPath(p.positional[0]);
  };
  // A form is a workbook unless asked for a PDF; a workbook's name with --pdf is a slip, not a wish.
  const formFormat = (f: string) => {
    const pdf = p.flags.has('pdf') || /\.pdf$/i.test(f);
    if (pdf && /\.xlsx?$/i.test(f)) throw new UsageError(`要生成 PDF，文件名应以 .pdf 结尾，而不是“${f.split(/[\\/]/).pop()}”。`);
    return pdf ? 'pdf' : 'xlsx';
  };
  switch (p.command) {
    case 'init': {
      const name = str('org');
      if (!name) throw new UsageError('init 需要 --org 单位名称。');
      return { channel: 'org:create', input: { name, departments: list('departments'), subunits: list('subunits') } };
    }
    case 'demo':
      return { channel: 'org:loadDemo', input: { people: num('people') ?? 300, years: num('years') ?? 1 } };
    case 'status':
      return { channel: 'app:status', input: {} };
    case 'backup':
      return { channel: 'data:backup', input: { file: file() } };
    case 'restore':
      return { channel: 'data:restore', input: { file: file() } };
    case 'verify':
      return { channel: 'data:verify', input: {} };
    case 'audit': {
      if (p.positional.shift() !== 'export') throw new UsageError('操作日志命令为 audit export 文件。');
      return {
        channel: 'audit:export',
        input: {
          file: file(),
          from: date('from'),
          to: date('to'),
          actor: str('actor'),
          kinds: list('kind'),
          keyword: str('keyword') ?? '',
        },
      };
    }
    case 'import': {
      const kind = p.positional.shift() ?? '';
      if (!(IMPORT_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`可以导入的是 ${IMPORT_KINDS.join('、')}，而不是“${kind}”。`);
      if (!p.positional.length) throw new UsageError('import 需要至少一个文件路径。');
      const expect = { periodId: str('period'), unitId: str('unit') };
      const mapping = columnMapping(str('map'), str('map-file'));
      return {
        channel: 'import:preview',
        input: { kind, sources: p.positional.map((f) => ({ file: userPath(f) })), expect, ...(mapping ? { mapping } : {}) },
      };
    }
    case 'export': {
      const what = p.positional.shift();
      const need = (k: string) => str(k) ?? fail(`export ${what} 需要 --${k}。`);
      if (what === 'roster' && formFormat(file()) === 'pdf') {
        // Print columns by the names the print preview shows: --columns 姓名,现任职务,出生年月.
        const byLabel = new Map(ROSTER_PRINT_KEYS.map((k) => [ROSTER_PRINT_LABELS[k], k]));
        const columns = list('columns').map(
          (c) => byLabel.get(c) ?? fail(`--columns 的列应为 ${[...byLabel.keys()].join('、')} 中的几个，而不是“${c}”。`),
        );
        const request = { form: 'roster', unitId: str('unit'), ...(columns.length && { columns }) };
        return { channel: 'forms:export', input: { file: file(), format: 'pdf', request } };
      }
      if (what === 'roster') return { channel: 'roster:export', input: { file: file(), unitId: str('unit') ?? null } };
      if (what === 'roles-template') return { channel: 'roles:template', input: { file: file() } };
      if (what === 'review-sheet')
        return {
          channel: 'reviews:exportSheet',
          input: { file: file(), periodId: need('period'), unitId: need('unit'), reviewerId: str('reviewer') },
        };
      if (what === 'records')
        return {
          channel: 'records:exportSheet',
          input: { file: file(), periodId: need('period'), unitId: str('unit'), personId: str('person') },
        };
      const form = (request: Record<string, unknown>) => {
        const f = file();
        return { channel: 'forms:export' as const, input: { file: f, format: formFormat(f), request } };
      };
      const year = () => num('year') ?? fail(`export ${what} 需要 --year 年份。`);
      if (what === 'summary') return form({ form: 'summary', periodId: need('period'), unitId: str('unit') });
      if (what === 'register') return form({ form: 'register', periodId: need('period'), unitId: str('unit'), personId: str('person') });
      if (what === 'work-records') {
        return form({
          form: 'workRecords',
          periodId: need('period'),
          unitId: str('unit'),
          personId: str('person'),
          cadence: str('cadence'),
          blank: p.flags.has('blank'),
        });
      }
      if (what === 'annual') return form({ form: 'annualRegister', year: year(), unitId: str('unit'), personId: str('person') });
      if (what === 'template') {
        // export template 名称 文件: the format follows the file (.xlsx, .docx, .zip = a .docx each, .pdf).
        const template =
          p.positional.shift() ??
          fail('export template 需要模板名称和文件路径，如 export template 本省登记表 登记表.pdf --period 2025-Q1。');
        const f = file();
        const perPerson = p.flags.has('per-person') || /\.zip$/i.test(f);
        const format = p.flags.has('pdf') || /\.pdf$/i.test(f) ? 'pdf' : perPerson || /\.docx$/i.test(f) ? 'docx' : 'xlsx';
        const request = { form: 'template', template, periodId: need('period'), unitId: str('unit'), personId: str('person') };
        return { channel: 'forms:export', input: { file: f, format, layout: perPerson ? 'perPerson' : 'together', request } };
      }
      if (what === 'annual-review') return form({ form: 'annualReview', year: year(), unitId: str('unit') });
      if (what === 'notice') {
        const grades = list('grades').map(
          (g) => GRADE_BY_LABEL[g] ?? fail(`--grades 应为“好、较好、一般、较差”中的一个或几个，而不是“${g}”。`),
        );
        return form({
          form: 'notice',
          periodId: need('period'),
          start: date('start'),
          end: date('end'),
          phone: str('phone'),
          grades: grades.length ? grades : undefined,
        });
      }
      throw new UsageError(
        '可以导出的是 roster、review-sheet、records、summary、notice、register、work-records、annual、annual-review、template。',
      );
    }
    case 'period': {
      const verb = p.positional.shift();
      if (verb === 'list') return { channel: 'periods:list', input: {} };
      const id = p.positional.shift();
      if (!id) throw new UsageError(`period ${verb ?? ''} 需要考核周期编号，如 2025-Q1 或 2025-M04。`);
      if (verb === 'open') {
        const m = /^(\d{4})-(?:Q([1-4])|M(\d{2}))$/.exec(id);
        if (!m) throw new UsageError(`考核周期编号“${id}”应为 2025-Q1（季度）或 2025-M04（月度）的形式。`);
        return { channel: 'periods:open', input: { kind: m[2] ? 'quarter' : 'month', year: Number(m[1]), index: Number(m[2] ?? m[3]) } };
      }
      if (verb === 'show') return { channel: 'periods:get', input: { id } };
      if (verb === 'advance') return { channel: 'periods:advance', input: { id } };
      if (verb === 'grade') return { channel: 'grading:run', input: { periodId: id } };
      if (verb === 'publish') return { channel: 'periods:setState', input: { id, to: 'publicity', reason: null } };
      const to =
        verb === 'archive'
          ? 'archived'
          : verb === 'reopen'
            ? 'publicity'
            : verb === 'back'
              ? (str('to') ?? fail('period back 需要 --to 状态（recording/reviewing/grading/publicity）。'))
              : fail(`未知的 period 命令“${verb ?? ''}”。`);
      return { channel: 'periods:setState', input: { id, to, reason: str('reason') ?? null } };
    }
    case 'annual': {
      const year = Number(p.positional[0]);
      if (!Number.isInteger(year)) throw new UsageError('annual 需要年份，如 annual 2025。');
      return { channel: 'annual:get', input: { year } };
    }
    default:
      throw new UsageError(p.command ? `未知的命令“${p.command}”。` : '请指定命令。');
  }
}

function describe(command: string, data: unknown): string {
  const d = data as Record<string, unknown>;
  switch (command) {
    case 'init':
    case 'demo':
    case 'status': {
      const s = d as {
        organisationName: string | null;
        dataDir: string;
        counts: { units: number; people: number; activePeople: number };
        notices: string[];
      };
      return [
        `单位：${s.organisationName ?? '（尚未建立）'}`,
        `数据文件夹：${s.dataDir}`,
        `单位数：${s.counts.units}，人员：${s.counts.people}（在职 ${s.counts.activePeople}）`,
        ...s.notices.map((n) => `注意：${n}`),
      ].join('\n');
    }
    case 'backup':
      return `已备份到 ${d.file}（${Math.ceil((d.bytes as number) / 1024)} KB）。`;
    case 'restore':
      return `已从 ${d.restoredFrom} 恢复。恢复前的数据已自动备份为 ${d.safetySnapshot}。`;
    case 'export':
    case 'audit':
      return `已导出到 ${d.file}（${Math.ceil((d.bytes as number) / 1024)} KB）。`;
    case 'annual': {
      const r = data as AnnualResult;
      const head = `${r.year}年度（${r.periods.map((x) => x.label.replace(/^\d+年/, '') + (x.published ? '' : '·未公示')).join('、')}）：参加 ${r.quota.participants} 人，优秀名额 ${r.quota.seats} 个（${Math.round(r.quota.ratio * 100)}%），符合评优条件 ${r.quota.eligible} 人`;
      const rows = r.rows.map(
        (x) =>
          `${x.name}  ${x.unitLabel}  ${x.grades.map((g) => (g ? GRADE_SHORT[g] : '—')).join(' ')}  ${x.eligible ? '可评优' : '不可评优'}：${x.eligibility}${x.renewal ? `；${x.renewal.reason}` : ''}`,
      );
      return [head, ...rows].join('\n');
    }
    case 'period': {
      if (data && typeof data === 'object' && 'outcomes' in (data as object)) {
        const v = data as GradingView;
        const rows = v.outcomes.map(
          (o) => `${o.name}  ${o.grade ? GRADE_SHORT[o.grade] : '未评'}  ${o.steps.map((st) => st.reason).join('；')}`,
        );
        const pools = v.pools.map((pl) => `${pl.label}：“好”名额 ${pl.seats}，已用 ${pl.used}（参评 ${pl.graded} 人）`);
        return [...pools, ...rows, ...v.openDecisions.map((d) => `待决定：${d}`)].join('\n');
      }
      const line = (x: PeriodSummary) => `${x.id}  ${x.label}  ${PERIOD_STATE_LABELS[x.state]}  ${x.participantCount} 人`;
      if (Array.isArray(data)) return (data as PeriodSummary[]).map(line).join('\n') || '还没有考核周期。';
      const detail = data as PeriodDetail | PeriodSummary;
      if ('participants' in detail) {
        const history = detail.history.map(
          (h) =>
            `  ${h.at.slice(0, 16).replace('T', ' ')} ${h.by}：${h.from ? PERIOD_STATE_LABELS[h.from] : '建立'} → ${PERIOD_STATE_LABELS[h.to]}${h.reason ? `（${h.reason}）` : ''}`,
        );
        return [line(detail.period), ...history].join('\n');
      }
      return line(detail);
    }
    case 'verify': {
      const r = d as { ok: boolean; checks: { name: string; ok: boolean; detail: string }[] };
      return [...r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.name}：${c.detail}`), r.ok ? '校验通过。' : '校验发现问题。'].join('\n');
    }
    default:
      return JSON.stringify(data);
  }
}

/**
 * import KIND FILE…: preview, then (unless --dry-run) commit. A file with errors is refused whole
 * (exit 1) unless --skip-invalid. --json prints DESIGN.md's import object.
 */
async function importFiles(
  ctx: DeskContext,
  session: string | null,
  preview: ImportPreview,
  p: Parsed,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const json = p.flags.has('json');
  const skipInvalid = p.flags.has('skip-invalid');
  const c = preview.counts;
  // Every column the file has and the import does not use, and the sheets it left aside.
  const unusedColumns = preview.columns.filter((c) => c.field === null).map(({ label, sample, sheets }) => ({ label, sample, sheets }));
  const report = (r: ImportResult) => {
    if (json) return out(JSON.stringify({ ...r, unusedColumns, skippedSheets: preview.skippedSheets }));
    const what = IMPORT_KIND_LABELS[preview.kind as keyof typeof IMPORT_KIND_LABELS];
    out(
      `${what}${p.flags.has('dry-run') ? '检查结果（未写入）' : r.ok ? '导入完成' : '未导入'}：新增 ${r.created} 行，更新 ${r.updated} 行，未变 ${r.unchanged} 行，跳过 ${r.skipped} 行。`,
    );
    if (r.newUnits.length) out(`新建单位：${r.newUnits.join('、')}`);
    if (r.also?.length) out(`一并写入：${r.also.join('，')}`);
    if (unusedColumns.length)
      out(
        `未使用的列：${unusedColumns.map((c) => `“${c.label}”${c.sample ? `（如“${c.sample}”）` : '（空）'}`).join('、')}；用 --map 表头=字段 导入`,
      );
    if (preview.skippedSheets.length) out(`未读取的工作表：${preview.skippedSheets.map((s) => `“${s.name}”（${s.reason}）`).join('、')}`);
    for (const e of r.errors) err(`错误 “${e.sheet}”第${e.row}行 ${e.column}：${e.message}`);
    for (const w of r.warnings) err(`提醒 “${w.sheet}”第${w.row}行 ${w.column}：${w.message}`);
  };
  const rejectedWhole = preview.errors.length > 0 && !(skipInvalid && c.invalid > 0 && preview.errors.every((e) => e.row > 0));
  if (p.flags.has('dry-run') || rejectedWhole) {
    report({
      ok: !rejectedWhole,
      created: rejectedWhole ? 0 : c.new,
      updated: rejectedWhole ? 0 : c.changed,
      unchanged: rejectedWhole ? 0 : c.unchanged,
      skipped: rejectedWhole ? c.total : c.invalid,
      newUnits: rejectedWhole ? [] : preview.newUnits,
      also: rejectedWhole
        ? []
        : (preview.roster?.proposals.length ?? 0) > 0
          ? [`可一并写入 ${preview.roster!.proposals.length} 项（管理职责、表现记录、年度考核结果）`]
          : [],
      errors: preview.errors,
      warnings: preview.warnings,
    });
    if (rejectedWhole && !json) err(`有 ${c.invalid} 行不能导入，没有写入任何数据。修改后重新导入，或加 --skip-invalid 只导入无误的行。`);
    return rejectedWhole ? 1 : 0;
  }
  const committed = await dispatch(
    ctx,
    'import:commit',
    { previewId: preview.previewId, mode: skipInvalid ? 'validOnly' : 'all' },
    session,
  );
  if (!committed.ok) {
    if (json) out(JSON.stringify(committed));
    else err(committed.message);
    return FOLDER_CODES.includes(committed.code) ? 3 : 1;
  }
  report(committed.data as ImportResult);
  return 0;
}

/** Runs one command; returns the exit code. Output goes through the given writers (tests capture them). */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const p = parseArgs(argv);
  const json = p.flags.has('json');
  const fail = (code: number, r: Failure) => {
    if (json) out(JSON.stringify(r));
    else err(r.message);
    return code;
  };
  if (p.flags.has('help') || p.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (p.command === 'password') return resetPassword(p, out, fail);
  let req: { channel: Channel; input: unknown };
  try {
    req = request(p);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (!json) err(USAGE);
    return fail(2, { ok: false, code: 'INVALID_INPUT', message: e.message });
  }
  const dataFlag = p.flags.get('data');
  const dataDir = typeof dataFlag === 'string' ? userPath(dataFlag) : defaultDataDir();
  let ctx: DeskContext;
  try {
    ctx = await openDesk(dataDir, { program: 'cli', snapshotOnOpen: false });
  } catch (e) {
    return fail(3, toFailure(e));
  }
  try {
    let session: string | null = null;
    if (ctx.access.enabled) {
      const signIn = await signInFromCli(ctx, p);
      if (!signIn.ok) return fail(signIn.code === 'INVALID_INPUT' ? 2 : 1, signIn);
      session = signIn.data;
    }
    const result = await dispatch(ctx, req.channel, req.input, session);
    if (!result.ok) return fail(FOLDER_CODES.includes(result.code) ? 3 : 1, result);
    if (req.channel === 'import:preview') return await importFiles(ctx, session, result.data as ImportPreview, p, out, err);
    if (req.channel === 'data:verify') {
      const report = result.data as { ok: boolean };
      out(json ? JSON.stringify(report) : describe(p.command, report));
      return report.ok ? 0 : 3;
    }
    out(json ? JSON.stringify(result) : describe(p.command, result.data));
    return 0;
  } finally {
    await ctx.folder.close();
  }
}

/**
 * With a password set the CLI signs in like the app does (same growing wait after wrong
 * passwords): --user/--password, or APPRAISAL_DESK_USER/APPRAISAL_DESK_PASSWORD so the password
 * stays out of the shell history. Anyone who can run the CLI can also read the data folder; the
 * sign-in keeps the audit log's “who” honest and keeps 查看 users read-only.
 */
async function signInFromCli(ctx: DeskContext, p: Parsed): Promise<Result<string>> {
  const user = textFlag(p, 'user') ?? process.env.APPRAISAL_DESK_USER;
  const password = textFlag(p, 'password') ?? process.env.APPRAISAL_DESK_PASSWORD;
  if (!user || !password) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message:
        '这个数据文件夹设置了访问密码：请加 --user 用户名 --password 密码，或设置环境变量 APPRAISAL_DESK_USER 和 APPRAISAL_DESK_PASSWORD。',
    };
  }
  const r = await dispatch(ctx, 'auth:unlock', { user, password });
  return r.ok ? { ok: true, data: (r.data as Session).session } : r;
}

/** A flag's value, or undefined when it is absent or given without one. */
const textFlag = (p: Parsed, k: string) => {
  const v = p.flags.get(k);
  return typeof v === 'string' ? v : undefined;
};

/** password reset --recovery CODE --password NEW [--user NAME]: needs the data folder and the recovery code, nothing else. */
async function resetPassword(p: Parsed, out: (s: string) => void, fail: (code: number, r: Failure) => number): Promise<number> {
  const code = textFlag(p, 'recovery');
  const password = textFlag(p, 'password') ?? process.env.APPRAISAL_DESK_PASSWORD;
  if (p.positional[0] !== 'reset' || !code || !password)
    return fail(2, {
      ok: false,
      code: 'INVALID_INPUT',
      message: '用法：password reset --recovery 恢复码 --password 新密码 [--user 管理员]',
    });
  if (password.length < 6) return fail(1, { ok: false, code: 'INVALID_INPUT', message: '新密码至少6位。' });
  const dataFlag = p.flags.get('data');
  let ctx: DeskContext;
  try {
    ctx = await openDesk(typeof dataFlag === 'string' ? userPath(dataFlag) : defaultDataDir(), { program: 'cli', snapshotOnOpen: false });
  } catch (e) {
    return fail(3, toFailure(e));
  }
  try {
    const r = await ctx.folder.transact(ctx.actor, (tx) => ctx.access.resetWithRecovery(tx, { code, password, user: textFlag(p, 'user') }));
    out(
      p.flags.has('json')
        ? JSON.stringify({ ok: true, data: r })
        : `已为管理员“${r.user}”设置新密码。\n新的恢复码（旧的已作废，请打印或抄写后妥善保管）：${r.recoveryCode}`,
    );
    return 0;
  } catch (e) {
    return fail(1, toFailure(e));
  } finally {
    await ctx.folder.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exit(3);
    },
  );
}
