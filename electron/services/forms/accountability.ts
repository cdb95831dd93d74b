import { ACCOUNTABILITY_READING_EXPLAINED, ACCOUNTABILITY_READING_LABELS } from '../../../shared/grading/settings';
import { accountabilityCounts } from '../../../shared/grading/accountability';
import { accountabilityForm, type AccountabilityData } from '../../../shared/forms/accountability-form';
import { formatChineseDate } from '../../../shared/text/ym-date';
import { rejected } from '../app-error';
import { todayIso } from '../clock';
import type { ReadContext } from '../context';
import type { BuiltForm } from './built-form';

/**
 * 管理责任规则适用情况: each accountability result of a period (or one person's) on paper with its
 * evidence — the reading, the scope, the grade counts, the events with their 事由 — and its
 * confirmation. For someone appraised by the superior organisation it is the recommendation sent
 * there (DOMAIN.md §1).
 */
export async function buildAccountability(ctx: ReadContext, input: { periodId: string; personId?: string }): Promise<BuiltForm> {
  const org = ctx.view.org();
  const period = await ctx.view.period(input.periodId);
  const results = (period.grading.result?.accountability ?? []).filter((a) => !input.personId || a.personId === input.personId);
  if (results.length === 0) throw rejected(`${period.label}${input.personId ? '这个人' : ''}没有管理责任规则的结果（请先运行评定）。`);
  const incidents = new Map(ctx.view.incidents().map((i) => [i.id, i]));
  const copies = results.map((a) => {
    const confirmed = period.grading.confirmations.find((c) => c.fingerprint !== '' && c.fingerprint === a.fingerprint);
    const data: AccountabilityData = {
      organisation: org.organisation.name,
      periodLabel: period.label,
      name: a.name,
      role: a.role,
      reading: `${ACCOUNTABILITY_READING_LABELS[a.reading]}：${ACCOUNTABILITY_READING_EXPLAINED[a.reading]}`,
      scope: a.scope,
      counts: accountabilityCounts(a).join('\n'),
      events: a.incidents
        .map((i) => {
          const found = incidents.get(i.id);
          const how = found ? `（${found.handling}${found.docNo ? `，${found.docNo}` : ''}）` : '';
          return `${formatChineseDate(i.date)}　${i.kind}　${i.name ?? '（单位）'}：${i.reason}${how}`;
        })
        .join('\n'),
      conclusion: a.superior
        ? `按上述规定，${a.name}同志（${a.role}）${period.label}平时考核应评为“较差”等次。${a.name}同志由上级党组织考核，本局不作评定，特将以上情况及依据报上级党组织，建议评为“较差”等次。`
        : `按上述规定，${a.name}同志（${a.role}）${period.label}平时考核直接评为“较差”等次。`,
      confirmation: confirmed
        ? `${confirmed.by}于${formatChineseDate(todayIso(new Date(confirmed.at)))}确认${confirmed.note ? `：${confirmed.note}` : '。'}`
        : null,
    };
    return { form: accountabilityForm(a.superior), data, sheetName: a.name };
  });
  const who = input.personId ? `-${results[0].name}` : '';
  return { kind: 'grid', title: `管理责任规则适用情况（${period.label}）`, fileName: `管理责任规则适用情况-${period.label}${who}`, copies };
}
