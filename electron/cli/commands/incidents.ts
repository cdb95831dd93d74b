import { usageError } from '../args';
import { pick } from '../names';
import { peopleNamed, unitsNamed, type Command } from './api';

const DECISIONS: Record<string, 'exempt' | 'mitigated'> = { 免责: 'exempt', 从轻: 'mitigated', exempt: 'exempt', mitigated: 'mitigated' };

/** incidents list [--person 姓名]: 编号, date, who, kind, handling, 影响期 and 容错; 事由 masked as on screen. */
export const incidentsList: Command = async (api, f) => {
  const who = f.str('person');
  const rows = await api.call('incidents:list', who ? { personId: pick(await peopleNamed(api), who, '人员').id } : {});
  return {
    data: rows,
    text:
      rows
        .map(
          (i) =>
            `${i.id}  ${i.date}  ${i.name ?? i.unitLabel}  ${i.kind}（${i.handling}）  影响期至 ${i.impactUntil ?? '结案'}  ${i.reason}${
              i.tolerance ? `  〔${i.tolerance.decision === 'exempt' ? '免责' : '从轻'} ${i.tolerance.docNo}〕` : ''
            }`,
        )
        .join('\n') || '没有表现记录。',
  };
};

/**
 * incidents add --person 姓名 | --unit 单位 --kind 类别 --handling 处理方式 --date 日期 --reason 事由
 * [--doc 文号] [--months 影响期]: a date after today is refused, one before the first period warned of.
 */
export const incidentsAdd: Command = async (api, f) => {
  const who = f.str('person');
  const unit = f.str('unit');
  if (!who && !unit) usageError('incidents add 需要 --person 姓名 或 --unit 单位。');
  const row = await api.call('incidents:save', {
    personId: who ? pick(await peopleNamed(api), who, '人员').id : null,
    unitId: !who && unit ? pick(await unitsNamed(api), unit, '单位').id : undefined,
    kind: f.need('kind', 'incidents add') as never,
    handling: f.need('handling', 'incidents add') as never,
    date: f.date('date') ?? usageError('incidents add 需要 --date 日期。'),
    reason: f.need('reason', 'incidents add'),
    docNo: f.str('doc') ?? null,
    impactMonths: f.num('months'),
  });
  return {
    data: row,
    text: `已登记表现记录 ${row.id}：${row.name ?? row.unitLabel} ${row.date} ${row.kind}（${row.handling}），影响期至 ${row.impactUntil ?? '结案'}。${row.warning ? `\n提醒：${row.warning}` : ''}`,
  };
};

/** incidents tolerate 编号 --decision 免责|从轻 --body 认定机关 --doc 文号 --date 日期 --distinction 1|2|3 [--note 说明]. */
export const incidentsTolerate: Command = async (api, f) => {
  const id = f.word('incidents tolerate 需要表现记录编号（见 incidents list）。');
  const word = f.need('decision', 'incidents tolerate');
  const distinction = f.num('distinction') ?? usageError('incidents tolerate 需要 --distinction 1、2 或 3（“三个区分开来”的哪一条）。');
  const row = await api.call('incidents:tolerance', {
    id,
    decision: DECISIONS[word] ?? usageError(`--decision 应为“免责”或“从轻”，而不是“${word}”。`),
    body: f.need('body', 'incidents tolerate'),
    docNo: f.need('doc', 'incidents tolerate'),
    date: f.date('date') ?? usageError('incidents tolerate 需要 --date 认定日期。'),
    distinction: distinction as 1 | 2 | 3,
    note: f.str('note') ?? null,
  });
  return { data: row, text: `已登记容错认定：${row.name ?? row.unitLabel} ${row.date} ${row.kind}，${word}（${row.tolerance?.docNo}）。` };
};

/** incidents close 编号 --date 结案日期 (立案审查). */
export const incidentsClose: Command = async (api, f) => {
  const id = f.word('incidents close 需要表现记录编号（见 incidents list）。');
  const row = await api.call('incidents:closeCase', {
    id,
    closedOn: f.date('date') ?? usageError('incidents close 需要 --date 结案日期。'),
  });
  return { data: row, text: `已结案：${row.name ?? row.unitLabel} ${row.kind}，影响期至 ${row.impactUntil}。` };
};
