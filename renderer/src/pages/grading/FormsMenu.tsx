import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { PrintMenu } from '../../components/print/PrintMenu';
import { useTemplateItems } from '../../components/print/useTemplateItems';

/**
 * The period's forms: 平时考核结果汇总表 (any time after grading), 公示名单 (once published) and
 * everyone's 平时考核登记表 and the clerk's own forms (templates); each opens the print preview, to print or save as PDF or Excel.
 */
export function FormsMenu({ period, published }: { period: PeriodSummary; published: boolean }) {
  const p = { periodId: period.id };
  const templates = useTemplateItems(period.id, {}, '全部人员');
  return (
    <PrintMenu
      label="表格"
      items={[
        { key: 'summary', label: '平时考核结果汇总表', target: { request: { form: 'summary', ...p }, title: '平时考核结果汇总表' } },
        {
          key: 'notice',
          label: '公示名单',
          title: published ? undefined : '公示名单在进入“公示”后才能导出',
          target: published ? { request: { form: 'notice', ...p }, title: '公示名单' } : null,
        },
        { key: 'divider', divider: true },
        { key: 'register', label: '平时考核登记表（全部人员）', target: { request: { form: 'register', ...p }, title: '平时考核登记表' } },
        ...templates,
      ]}
    />
  );
}
