import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { PeriodSummary } from '../../../../shared/api/appraisal-schemas';
import { useFileExport } from '../../hooks/useFileExport';

/**
 * The period's forms: 平时考核结果汇总表 (any time after grading) and 公示名单 (once published),
 * each as Excel to edit or PDF to print.
 */
export function FormsMenu({ period, published }: { period: PeriodSummary; published: boolean }) {
  const { exportFile, busy } = useFileExport();
  const summary = (format: 'xlsx' | 'pdf') => exportFile('forms:export', { request: { form: 'summary', periodId: period.id }, format }, `平时考核结果汇总表-${period.label}.${format}`);
  const notice = (format: 'xlsx' | 'pdf') => exportFile('forms:export', { request: { form: 'notice', periodId: period.id }, format }, `平时考核公示名单-${period.label}.${format}`);
  const items = [
    { key: 'summary-pdf', label: '结果汇总表（PDF，打印用）', onClick: () => void summary('pdf') },
    { key: 'summary-xlsx', label: '结果汇总表（Excel）', onClick: () => void summary('xlsx') },
    { type: 'divider' as const },
    { key: 'notice-pdf', label: '公示名单（PDF，打印用）', disabled: !published, onClick: () => void notice('pdf') },
    { key: 'notice-xlsx', label: '公示名单（Excel）', disabled: !published, onClick: () => void notice('xlsx') },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<PrinterOutlined />} loading={busy} title={published ? undefined : '公示名单在进入“公示”后才能导出'}>
        表格 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
