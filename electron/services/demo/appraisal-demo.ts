import { HANDLINGS, impactEnd, type Handling, type Incident, type IncidentKind } from '../../../shared/domain/incident';
import type { GRADES } from '../../../shared/domain/grade';
import type { OrgData } from '../../../shared/domain/org';
import { periodId, periodRange, type Period } from '../../../shared/domain/period';
import type { UnitInputs, WorkRecord } from '../../../shared/domain/period-inputs';
import { addDays, heldDuring } from '../../../shared/domain/dates';
import { formatPeriodLabel } from '../../../shared/text/ym-date';
import { EMPTY_GRADING } from '../../../shared/grading/record';
import { seeded } from './random';

const TASKS = [
  '医保基金使用情况专项检查',
  '定点医药机构协议管理',
  '异地就医直接结算政策宣传',
  '城乡居民医保参保扩面',
  '门诊共济保障机制落实',
  '药品集中带量采购执行情况调度',
  '医保电子凭证推广应用',
  '医疗服务价格动态调整测算',
  '长期护理保险试点材料整理',
  '医保经办窗口“一站式”服务',
  '欺诈骗保举报线索核查',
  '年度预算执行情况分析',
  '医保信息平台数据治理',
  '政务服务事项清单梳理',
  '党建工作台账整理',
  '信访件办理与答复',
  '基层医保服务站点建设督导',
  'DRG/DIP支付方式改革数据核对',
  '大病保险待遇审核',
  '医疗救助对象信息比对',
];
const PROGRESS = ['已完成', '已完成', '已完成', '进行中', '持续推进', '已完成，形成报告'];

/** One demo quarter: written before the next is made, so ten years never sit in memory at once. */
export interface DemoQuarter {
  period: Period;
  inputs: UnitInputs[];
  incidents: Incident[];
}

/**
 * Quarters of the last `years` years up to the current one, each with its participants (in their
 * unit at the quarter's start), 13 工作纪实 per person, 个人小结, 评鉴 and ~2% incidents.
 * Past quarters wait at 评定; the current one is 进行中.
 */
export function* makeDemoAppraisals(org: OrgData, opts: { years: number; today: Date; seed?: number }): Generator<DemoQuarter> {
  const rng = seeded(opts.seed ?? 7);
  const now = opts.today.toISOString();
  const year = opts.today.getFullYear();
  const currentQuarter = Math.floor(opts.today.getMonth() / 3) + 1;
  const band = (score: number): (typeof GRADES)[number] => (score >= 90 ? 'good' : score >= 80 ? 'fair' : score >= 60 ? 'average' : 'poor');
  for (let y = year - opts.years + 1; y <= year; y++) {
    for (let q = 1; q <= 4 && (y < year || q <= currentQuarter); q++) {
      const { start, end } = periodRange('quarter', y, q);
      const current = y === year && q === currentQuarter;
      const id = periodId('quarter', y, q);
      const participants = [];
      for (const p of org.people) {
        const stint = p.unitHistory.find((s) => heldDuring(s, start)) ?? (p.unitHistory[0].from <= end ? p.unitHistory[0] : null);
        const left = p.statusHistory.find((s) => s.status === 'left' || s.status === 'retired');
        if (!stint || (left && left.on <= start)) continue;
        participants.push({
          personId: p.id,
          name: p.name,
          unitId: stint.unitId,
          establishment: p.establishment,
          category: p.category,
          post: p.post,
          undetermined: null,
        });
      }
      const period: Period = {
        id,
        kind: 'quarter',
        year: y,
        index: q,
        label: formatPeriodLabel(y, q as 1 | 2 | 3 | 4),
        start,
        end,
        state: current ? 'recording' : 'grading',
        openedAt: `${start}T01:00:00.000Z`,
        history: [
          { from: null, to: 'recording', at: `${start}T01:00:00.000Z`, by: '演示数据', reason: null },
          ...(current
            ? []
            : (['reviewing', 'grading'] as const).map((to, i) => ({
                from: i ? ('reviewing' as const) : ('recording' as const),
                to,
                at: `${end}T0${i + 1}:00:00.000Z`,
                by: '演示数据',
                reason: null,
              }))),
        ],
        participants,
        grading: { ...EMPTY_GRADING },
      };
      const incidents: Incident[] = [];
      const byUnit = new Map<string, UnitInputs>();
      const lastDay = current ? opts.today.toISOString().slice(0, 10) : end;
      // The quarter's days, computed once (13 records × 5,000 people × 40 quarters ask for them).
      const days = Array.from({ length: 100 }, (_, i) => addDays(start, i));
      for (const p of participants) {
        let inputs = byUnit.get(p.unitId);
        if (!inputs)
          byUnit.set(
            p.unitId,
            (inputs = { periodId: id, unitId: p.unitId, workRecords: [], recordReviews: [], summaries: [], reviews: [] }),
          );
        for (let w = 0; w < 13; w++) {
          const date = days[w * 7 + rng.int(0, 4)];
          if (date > lastDay) break;
          const record: WorkRecord = {
            id: `w-${id}-${p.personId}-${w}`,
            personId: p.personId,
            date,
            content: `${rng.pick(TASKS)}（第${w + 1}周）`,
            progress: rng.pick(PROGRESS),
            note: null,
            createdAt: now,
            updatedAt: now,
          };
          inputs.workRecords.push(record);
        }
        if (current) continue;
        inputs.summaries.push({
          personId: p.personId,
          text: `本季度认真履行岗位职责，完成了${rng.pick(TASKS)}等工作，工作纪律良好。`,
          attendance: { absentDays: 0, leaveDays: rng.next() < 0.2 ? rng.int(1, 5) : 0, lateTimes: rng.next() < 0.1 ? 1 : 0 },
          updatedAt: now,
        });
        const score = Math.max(55, Math.min(99, Math.round(86 + (rng.next() + rng.next() + rng.next() - 1.5) * 9)));
        inputs.reviews.push({
          personId: p.personId,
          reviewerId: null,
          score,
          proposed: band(score),
          comment: score >= 90 ? '工作主动，成效明显。' : score >= 80 ? '能够较好完成工作任务。' : '工作推进有待加强。',
          check: null,
          updatedAt: now,
        });
        if (rng.next() < 0.02) {
          const negative = rng.next() < 0.8;
          const kind: IncidentKind = negative
            ? rng.pick(['工作推进不理想', '昏庸懒散拖问题突出', '造成不良影响', '违反工作纪律'] as const)
            : '表彰奖励';
          const handling: Handling = negative ? rng.pick(['提醒谈话', '通报批评', '诫勉'] as const) : '通报表扬';
          const date = days[rng.int(5, 80)];
          const months = HANDLINGS[handling];
          incidents.push({
            id: `i-${id}-${p.personId}`,
            personId: p.personId,
            unitId: p.unitId,
            kind,
            handling,
            date,
            reason: negative ? `${rng.pick(TASKS)}推进中存在问题` : `${rng.pick(TASKS)}成绩突出`,
            docNo: null,
            impactMonths: months,
            impactUntil: impactEnd(date, months),
            closedOn: null,
            tolerance: null,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      yield { period, inputs: [...byUnit.values()], incidents };
    }
  }
}
