import type { ParticipantRow, PeriodSummary } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { PrintMenu, type PrintItem } from '../../components/print/PrintMenu';
import type { FormRequest } from '../../components/print/print-target';
import { useTemplateItems } from '../../components/print/useTemplateItems';

/**
 * The period's per-person forms, for the person chosen, the unit chosen, or everyone: 平时考核
 * 登记表, the 工作纪实表 kept (by week or month), blank 纪实表 to fill by hand, and the clerk's own
 * forms (templates).
 */
export function PeriodPrintMenu({
  period,
  units,
  unitId,
  person,
}: {
  period: PeriodSummary;
  units: UnitRow[];
  unitId: string | null;
  person: ParticipantRow | null;
}) {
  const unit = unitId ? units.find((u) => u.id === unitId) : undefined;
  const scope = person ? { personId: person.personId } : unit ? { unitId: unit.id } : {};
  const who = person ? person.name : unit ? unit.label : '全部人员';
  const target = (request: FormRequest, title: string) => ({ request, title });
  const templates = useTemplateItems(period.id, scope, who);
  const items: PrintItem[] = [
    {
      key: 'register',
      label: `平时考核登记表（${who}）`,
      target: target({ form: 'register', periodId: period.id, ...scope }, '平时考核登记表'),
    },
    {
      key: 'records-week',
      label: `工作纪实表·按周（${who}）`,
      target: target({ form: 'workRecords', periodId: period.id, cadence: 'week', ...scope }, '工作纪实表'),
    },
    {
      key: 'records-month',
      label: `工作纪实表·按月（${who}）`,
      target: target({ form: 'workRecords', periodId: period.id, cadence: 'month', ...scope }, '工作纪实表'),
    },
    { key: 'divider', divider: true },
    {
      key: 'blank-week',
      label: '空白工作纪实表（周）',
      target: { request: { form: 'workRecords', periodId: period.id, cadence: 'week', blank: true }, title: '工作纪实表（周）' },
    },
    {
      key: 'blank-month',
      label: '空白工作纪实表（月）',
      target: { request: { form: 'workRecords', periodId: period.id, cadence: 'month', blank: true }, title: '工作纪实表（月）' },
    },
    ...templates,
  ];
  return <PrintMenu items={items} />;
}
