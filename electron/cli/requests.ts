import type { Channel } from '../../shared/api/channels';
import { IMPORT_KINDS } from '../../shared/api/contract';
import { GRADE_BY_LABEL } from '../../shared/domain/grade';
import { ROSTER_PRINT_KEYS, ROSTER_PRINT_LABELS } from '../../shared/forms/roster-form';
import { flagsOf, UsageError, usageError, userPath, type Parsed } from './args';
import { columnMapping } from './column-mapping';

/** The request a command makes; the CLI only translates. */
export function request(p: Parsed): { channel: Channel; input: unknown } {
  const { str, num, list, date, file } = flagsOf(p);
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
      const need = (k: string) => str(k) ?? usageError(`export ${what} 需要 --${k}。`);
      if (what === 'roster' && formFormat(file()) === 'pdf') {
        // Print columns by the names the print preview shows: --columns 姓名,现任职务,出生年月.
        const byLabel = new Map(ROSTER_PRINT_KEYS.map((k) => [ROSTER_PRINT_LABELS[k], k]));
        const columns = list('columns').map(
          (c) => byLabel.get(c) ?? usageError(`--columns 的列应为 ${[...byLabel.keys()].join('、')} 中的几个，而不是“${c}”。`),
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
      const year = () => num('year') ?? usageError(`export ${what} 需要 --year 年份。`);
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
          usageError('export template 需要模板名称和文件路径，如 export template 本省登记表 登记表.pdf --period 2025-Q1。');
        const f = file();
        const perPerson = p.flags.has('per-person') || /\.zip$/i.test(f);
        const format = p.flags.has('pdf') || /\.pdf$/i.test(f) ? 'pdf' : perPerson || /\.docx$/i.test(f) ? 'docx' : 'xlsx';
        const request = { form: 'template', template, periodId: need('period'), unitId: str('unit'), personId: str('person') };
        return { channel: 'forms:export', input: { file: f, format, layout: perPerson ? 'perPerson' : 'together', request } };
      }
      if (what === 'annual-review') return form({ form: 'annualReview', year: year(), unitId: str('unit') });
      if (what === 'accountability') return form({ form: 'accountability', periodId: need('period'), personId: str('person') });
      if (what === 'notice') {
        const grades = list('grades').map(
          (g) => GRADE_BY_LABEL[g] ?? usageError(`--grades 应为“好、较好、一般、较差”中的一个或几个，而不是“${g}”。`),
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
        '可以导出的是 roster、roles-template、review-sheet、records、summary、notice、register、work-records、annual、annual-review、accountability、template。',
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
              ? (str('to') ?? usageError('period back 需要 --to 状态（recording/reviewing/grading/publicity）。'))
              : usageError(`未知的 period 命令“${verb ?? ''}”。`);
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
