import { GRADE_BY_LABEL, GRADE_LABELS } from '../../../shared/domain/grade';
import { checkText } from '../../../shared/forms/register-text';
import { usageError } from '../args';
import { participant, type Command } from './api';

const gradeArg = (word: string | undefined) =>
  word === undefined ? undefined : (GRADE_BY_LABEL[word] ?? usageError(`--grade 应为 好、较好、一般 或 较差，而不是“${word}”。`));

/** The current 评鉴 row of a participant, to change only what the command names. */
async function reviewRow(api: Parameters<Command>[0], periodId: string, personId: string, unitId: string) {
  return (await api.call('reviews:grid', { periodId, unitId })).rows.find((r) => r.personId === personId)!;
}

/** review set 周期 --person 姓名 [--score 分数] [--grade 等次] [--comment 意见]: what is not given stays as it was. */
export const reviewSet: Command = async (api, f) => {
  const periodId = f.word('review set 需要考核周期编号。');
  const who = await participant(api, periodId, f.need('person', 'review set'));
  const now = await reviewRow(api, periodId, who.personId, who.unitId);
  const score = f.num('score', false);
  const saved = await api.call('reviews:save', {
    periodId,
    personId: who.personId,
    score: score === undefined ? now.score : score,
    proposed: gradeArg(f.str('grade')) ?? now.proposed,
    comment: f.str('comment') ?? now.comment,
  });
  const r = saved.row;
  return {
    data: saved,
    text: `${r.name} 评鉴：${r.score ?? '—'} 分，拟评“${r.proposed ? GRADE_LABELS[r.proposed] : '—'}”${r.checkerName && !r.check ? `（待 ${r.checkerName} 审核）` : ''}；${saved.quota.pool}“好”名额 ${saved.quota.seats}，已提 ${saved.quota.proposedGood}。`,
  };
};

/** review check 周期 --person 姓名 --agree [--opinion 意见] | --grade 等次 --opinion 意见 | --clear: the 分管领导's 审核. */
export const reviewCheck: Command = async (api, f) => {
  const periodId = f.word('review check 需要考核周期编号。');
  const who = await participant(api, periodId, f.need('person', 'review check'));
  const grade = gradeArg(f.str('grade')) ?? null;
  const decision = f.has('clear')
    ? null
    : f.has('agree')
      ? 'agree'
      : grade
        ? 'adjust'
        : usageError('review check 需要 --agree，或 --grade 调整后的等次和 --opinion 审核意见，或 --clear。');
  const saved = await api.call('reviews:check', { periodId, personId: who.personId, decision, grade, opinion: f.str('opinion') ?? null });
  const check = saved.row.check;
  return { data: saved, text: `${saved.row.name} 分管领导审核：${check ? checkText(check) : '已撤销'}` };
};

/** record add 周期 --person 姓名 --date 日期 --content 工作内容 [--progress 完成情况] [--note 备注]. */
export const recordAdd: Command = async (api, f) => {
  const periodId = f.word('record add 需要考核周期编号。');
  const who = await participant(api, periodId, f.need('person', 'record add'));
  const row = await api.call('records:save', {
    periodId,
    personId: who.personId,
    date: f.date('date') ?? usageError('record add 需要 --date 日期。'),
    content: f.need('content', 'record add'),
    progress: f.str('progress') ?? null,
    note: f.str('note') ?? null,
  });
  return { data: row, text: `已记录 ${row.name} ${row.date} 的工作纪实。` };
};

/** summary set 周期 --person 姓名 [--text 小结] [--absent 天] [--leave 天] [--late 次]: what is not given stays as it was. */
export const summarySet: Command = async (api, f) => {
  const periodId = f.word('summary set 需要考核周期编号。');
  const who = await participant(api, periodId, f.need('person', 'summary set'));
  const now = await api.call('summaries:get', { periodId, personId: who.personId });
  const was = now?.attendance ?? { absentDays: 0, leaveDays: 0, lateTimes: 0 };
  const saved = await api.call('summaries:save', {
    periodId,
    personId: who.personId,
    text: f.str('text') ?? now?.text ?? '',
    attendance: {
      absentDays: f.num('absent', false) ?? was.absentDays,
      leaveDays: f.num('leave', false) ?? was.leaveDays,
      lateTimes: f.num('late') ?? was.lateTimes,
    },
  });
  return { data: saved, text: `已保存 ${who.name} 的个人小结（${saved.text.length} 字）。` };
};
