import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Typography } from 'antd';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PeriodSummary } from '@shared/api/appraisal-schemas';
import type { UnitRow } from '@shared/api/contract';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useQuery } from '../../hooks/useQuery';
import { GradeTag } from './GradeTag';
import './feedback-print.css';

interface Props {
  period: PeriodSummary;
  units: UnitRow[];
  onClose: () => void;
}

/**
 * 反馈: each person's grade and the supervisor's comment, for the whole bureau or one unit.
 * 打印 prints only these notices (a print-only copy outside the app), one cut-out strip each.
 */
export function FeedbackDrawer({ period, units, onClose }: Props) {
  const [unitId, setUnitId] = useState<string | undefined>();
  const feedback = useQuery('grading:feedback', { periodId: period.id, ...(unitId ? { unitId } : {}) });
  const rows = feedback.data ?? [];
  const title = `${period.label}平时考核结果反馈`;
  return (
    <Drawer
      open
      title={title}
      size={620}
      onClose={onClose}
      extra={
        <Button type="primary" icon={<PrinterOutlined />} disabled={rows.length === 0} onClick={() => window.print()}>
          打印
        </Button>
      }
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <div style={{ width: 240 }}>
          <UnitTreeSelect units={units} value={unitId} onChange={(v) => setUnitId(v as string | undefined)} placeholder="单位（全部）" />
        </div>
        <Typography.Text strong>共 {rows.length} 人</Typography.Text>
      </div>
      {feedback.error && <Alert type="error" showIcon title={feedback.error} />}
      {rows.map((r) => (
        <div key={r.personId} data-testid="feedback" style={{ borderBottom: '1px dashed #d9d9d9', padding: '6px 0' }}>
          <Typography.Text strong>{r.name}</Typography.Text> <Typography.Text type="secondary">{r.unitLabel}</Typography.Text>{' '}
          <GradeTag grade={r.grade} />
          <Typography.Paragraph copyable style={{ margin: '2px 0 0' }}>
            {r.text}
          </Typography.Paragraph>
        </div>
      ))}
      {createPortal(
        <div className="feedback-print">
          {rows.map((r) => (
            <section key={r.personId}>
              <h2>{title}</h2>
              <p className="feedback-unit">单位：{r.unitLabel}</p>
              <p>{r.text}</p>
            </section>
          ))}
        </div>,
        document.body,
      )}
    </Drawer>
  );
}
