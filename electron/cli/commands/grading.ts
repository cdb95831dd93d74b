import type { GradingView } from '../../../shared/api/appraisal-schemas';
import { GRADE_BY_LABEL, UNDETERMINED_REASONS, type UndeterminedReason } from '../../../shared/domain/grade';
import { usageError } from '../args';
import { gradingText } from '../describe';
import { pick } from '../names';
import { tieByName } from '../tie';
import { participant, type Command } from './api';

const periodArg = (verb: string) => `period ${verb} 需要考核周期编号，如 2025-Q1。`;
const viewDone = (v: GradingView, head: string) => ({ data: v, text: `${head}\n${gradingText(v)}` });

/**
 * period confirm 周期 --person 姓名 [--note 说明]: that person's results as they stand; --all
 * lists every unconfirmed result and, only with --yes, confirms them (确认全部 asks once more).
 */
export const confirm: Command = async (api, f) => {
  const periodId = f.word(periodArg('confirm'));
  const view = await api.call('grading:get', { periodId });
  const pending = view.accountability.filter((a) => !a.confirmation);
  const who = f.str('person');
  if (!who && !f.has('all')) usageError('period confirm 需要 --person 姓名（确认这个人的结果），或 --all（确认全部）。');
  const chosen = who
    ? view.accountability.filter(
        (a) =>
          a.personId ===
          pick(
            view.accountability.map((a) => ({ id: a.personId, name: a.name, where: a.scope })),
            who,
            '管理责任规则结果中的人',
          ).id,
      )
    : pending;
  if (chosen.length === 0) return { data: view, text: '没有待确认的管理责任规则结果。' };
  const list = chosen.map(
    (a, i) => `${i + 1}. ${a.name}（${a.role}，${a.scope}）${a.superior ? '建议上级党组织评为“较差”' : '评为“较差”'}`,
  );
  if (!who && !f.has('yes'))
    return {
      data: {
        ok: false,
        code: 'REJECTED',
        message: `确认全部须加 --yes。将确认的 ${chosen.length} 条：${list.join('；')}`,
        results: chosen,
      },
      text: [`将确认以下 ${chosen.length} 条管理责任规则结果：`, ...list, `确认全部请再加 --yes（没有写入任何数据）。`].join('\n'),
      code: 1,
    };
  const next = await api.call('grading:confirm', {
    periodId,
    fingerprints: chosen.map((a) => a.fingerprint),
    note: f.str('note') ?? null,
  });
  return viewDone(next, `已确认：\n${list.join('\n')}`);
};

/** period tie 周期 --keep 姓名[,姓名] [--pool 名额池]: who keeps 好 at the cut, by name. */
export const tie: Command = async (api, f) => {
  const periodId = f.word(periodArg('tie'));
  const keep = f.list('keep');
  if (keep.length === 0) usageError('period tie 需要 --keep 姓名（保留“好”的人，逗号分隔）。');
  const decided = tieByName(await api.call('grading:get', { periodId }), keep, f.str('pool'));
  return viewDone(await api.call('grading:resolveTie', { periodId, ...decided }), `同分决定：${keep.join('、')} 保留“好”。`);
};

/** period override 周期 --person 姓名 --grade 等次 --reason 理由 | --clear --reason 理由. */
export const override: Command = async (api, f) => {
  const periodId = f.word(periodArg('override'));
  const who = await participant(api, periodId, f.need('person', 'period override'));
  const word = f.str('grade');
  const grade = f.has('clear')
    ? null
    : word === '不确定等次'
      ? 'undetermined'
      : (GRADE_BY_LABEL[word ?? ''] ??
        usageError('period override 需要 --grade 好、较好、一般、较差或不确定等次（或 --clear 取消调整）。'));
  const v = await api.call('grading:override', { periodId, personId: who.personId, grade, reason: f.need('reason', 'period override') });
  return viewDone(v, grade === null ? `已取消 ${who.name} 的人工调整。` : `已调整 ${who.name} 的等次。`);
};

/** period regrade 周期: 按顺序重新评定 (the changed earlier periods still in 评定 first). */
export const regrade: Command = async (api, f) => {
  const periodId = f.word(periodArg('regrade'));
  return viewDone(await api.call('grading:regradeInOrder', { periodId }), '已按顺序重新评定。');
};

/** period undetermined 周期 --person 姓名 --reason 原因 [--note 说明] | --clear. */
export const undetermined: Command = async (api, f) => {
  const periodId = f.word(periodArg('undetermined'));
  const who = await participant(api, periodId, f.need('person', 'period undetermined'));
  const reason = f.has('clear') ? null : f.str('reason');
  if (reason !== null && !(UNDETERMINED_REASONS as readonly (string | undefined)[]).includes(reason))
    usageError(`--reason 应为 ${UNDETERMINED_REASONS.join('、')} 之一（或 --clear 取消）。`);
  const row = await api.call('periods:setUndetermined', {
    periodId,
    personId: who.personId,
    reason: reason as UndeterminedReason | null,
    note: f.str('note') ?? null,
  });
  return { data: row, text: reason ? `${row.name} 本期不确定等次：${reason}。` : `已取消 ${row.name} 的不确定等次。` };
};
