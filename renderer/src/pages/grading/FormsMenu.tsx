import { useState } from 'react';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import { PrintMenu } from '../../components/print/PrintMenu';
import { PrintPreview } from '../../components/print/PrintPreview';
import type { PrintTarget } from '../../components/print/print-target';
import { useTemplateItems } from '../../components/print/useTemplateItems';
import { NoticeModal } from './NoticeModal';

/**
 * The period's forms: 平时考核结果汇总表 (any time after grading), 公示名单 (once published: phone,
 * 公示期 and grades asked first), everyone's 平时考核登记表 and the clerk's own forms (templates);
 * each opens the print preview, to print or save as PDF or Excel.
 */
export function FormsMenu({ period, published }: { period: PeriodSummary; published: boolean }) {
  const p = { periodId: period.id };
  const [notice, setNotice] = useState<'ask' | PrintTarget | null>(null);
  const templates = useTemplateItems(period.id, {}, '全部人员');
  return (
    <>
      <PrintMenu
        label="表格"
        items={[
          { key: 'summary', label: '平时考核结果汇总表', target: { request: { form: 'summary', ...p }, title: '平时考核结果汇总表' } },
          {
            key: 'notice',
            label: '公示名单…',
            title: published ? '先填联系电话、公示期和公示的等次' : '公示名单在进入“公示”后才能导出',
            onSelect: published ? () => setNotice('ask') : null,
          },
          { key: 'divider', divider: true },
          {
            key: 'register',
            label: '平时考核登记表（全部人员）',
            target: { request: { form: 'register', ...p }, title: '平时考核登记表' },
          },
          ...templates,
        ]}
      />
      {notice === 'ask' && <NoticeModal period={period} onCancel={() => setNotice(null)} onOpen={setNotice} />}
      {notice && notice !== 'ask' && <PrintPreview target={notice} onClose={() => setNotice(null)} />}
    </>
  );
}
