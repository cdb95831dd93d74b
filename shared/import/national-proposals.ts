import type { ImportIssue } from '../api/contract';
import { HANDLINGS, impactEnd, type Handling, type Incident, type IncidentKind } from '../domain/incident';
import type { NationalAppraisal, NationalReward } from './national-workbook';

/** The rows a proposal is about: a person row of the roster plan (index into plan.rows). */
interface PlannedPerson {
  name: string;
  status: 'new' | 'changed' | 'unchanged' | 'invalid';
  personId: string | null;
}

/** An A14 reward or sanction offered as a 表现记录, for the clerk to tick. */
export interface IncidentProposal {
  id: string;
  row: number;
  label: string;
  reason: string;
  incident: Pick<Incident, 'kind' | 'handling' | 'date' | 'reason' | 'docNo' | 'impactMonths' | 'impactUntil'>;
}

/** An A15 annual result (考核结论 of a 考核年度) offered for the person's record, for the clerk to tick. */
export interface AnnualResultProposal {
  id: string;
  row: number;
  year: number;
  result: string;
  label: string;
  reason: string;
}

/**
 * 奖惩名称 of the national list (ZB65) → the kind and 处理方式 of a 表现记录. Order matters: 严重警告
 * before 警告, 记大过 before 记过. A sanction of an unknown name is not offered (and said so).
 */
const AWARDS: [RegExp, IncidentKind, Handling][] = [
  [/嘉奖/, '表彰奖励', '嘉奖'],
  [/记.等功|记功/, '表彰奖励', '记功'],
  [/通报表扬/, '表彰奖励', '通报表扬'],
  [/荣誉称号|表彰|奖励|先进|优秀|劳动模范/, '表彰奖励', '表彰'],
  [/严重警告.*党员|党内严重警告/, '其他负面情形', '党内严重警告'],
  [/警告.*党员|党内警告/, '其他负面情形', '党内警告'],
  [/撤销党内职务/, '其他负面情形', '撤销党内职务'],
  [/留党察看/, '其他负面情形', '留党察看'],
  [/开除党籍/, '其他负面情形', '开除党籍'],
  [/记大过/, '其他负面情形', '记大过'],
  [/记过/, '其他负面情形', '记过'],
  [/降级|降低岗位等级/, '其他负面情形', '降级'],
  [/撤职/, '其他负面情形', '撤职'],
  [/诫勉/, '其他负面情形', '诫勉'],
  [/通报批评/, '其他负面情形', '通报批评'],
  [/警告/, '其他负面情形', '政务警告'],
];

export function incidentProposals(
  rewards: readonly NationalReward[],
  rowOf: (person: number) => PlannedPerson,
  recorded: readonly Incident[],
  warnings: ImportIssue[],
): IncidentProposal[] {
  const out: IncidentProposal[] = [];
  for (const r of rewards) {
    const person = rowOf(r.person);
    if (person.status === 'invalid') continue;
    const hit = AWARDS.find(([re]) => re.test(r.award));
    if (!hit) {
      warnings.push({
        sheet: r.sheet,
        row: r.row,
        column: '奖惩名称',
        message: `“${r.award}”对应不到表现记录的处理方式，这一条没有列入，请在“表现记录”页面手工登记`,
      });
      continue;
    }
    const [, kind, handling] = hit;
    if (recorded.some((i) => i.personId === person.personId && i.date === r.date && i.handling === handling)) continue;
    const months = HANDLINGS[handling];
    const until = impactEnd(r.date, months);
    const impactUntil = r.revoked && until && r.revoked < until ? r.revoked : until;
    out.push({
      id: `incident:${r.sheet}:${r.row}`,
      row: r.person,
      label: `${person.name}：${r.date.replace(/-/g, '.')} ${r.award}`,
      reason: `“${r.sheet}”第${r.row}行`,
      incident: {
        kind,
        handling,
        date: r.date,
        reason: `${r.award}${r.body ? `（${r.body}批准）` : ''}${r.revoked ? `，${r.revoked}撤销` : ''}`,
        docNo: null,
        impactMonths: months,
        impactUntil,
      },
    });
  }
  return out;
}

export function annualResultProposals(
  appraisals: readonly NationalAppraisal[],
  rowOf: (person: number) => PlannedPerson,
): AnnualResultProposal[] {
  return appraisals
    .filter((a) => rowOf(a.person).status !== 'invalid')
    .map((a) => ({
      id: `annual:${a.sheet}:${a.row}`,
      row: a.person,
      year: a.year,
      result: a.result,
      label: `${rowOf(a.person).name}：${a.year}年度 ${a.result}`,
      reason: `“${a.sheet}”第${a.row}行`,
    }));
}
