import { Card, Form, Select, Table } from 'antd';
import { HANDLING_NAMES, HANDLINGS, type Handling } from '@shared/domain/incident';
import { CAP_BY_HANDLING, CAP_LABELS } from '@shared/grading/caps';
import type { CapChoice } from '@shared/grading/settings';

const CHOICES: { value: CapChoice; label: string }[] = [
  { value: 'none', label: '不影响等次' },
  { value: 'fair', label: CAP_LABELS.fair },
  { value: 'average', label: CAP_LABELS.average },
  { value: 'poor', label: CAP_LABELS.poor },
  { value: 'undetermined', label: CAP_LABELS.undetermined },
];

/**
 * What each 处理方式 does to a period's grade while its 影响期 lasts. The defaults follow
 * reference/rules.md §2; a bureau may read its own rules differently. Empty = the default.
 */
export function CapTableCard() {
  const rows = HANDLING_NAMES.filter((h) => HANDLINGS[h] !== 0);
  return (
    <Card size="small" title="处理方式对本期等次的影响（影响期内）">
      <Table<Handling>
        className="dense-table"
        size="small"
        pagination={false}
        rowKey={(h) => h}
        dataSource={rows}
        scroll={{ y: 260 }}
        columns={[
          { title: '处理方式', dataIndex: undefined, render: (_, h) => h, width: 120 },
          { title: '默认', render: (_, h) => (CAP_BY_HANDLING[h] ? CAP_LABELS[CAP_BY_HANDLING[h]!] : '不影响等次'), width: 140 },
          {
            title: '本局采用',
            render: (_, h) => (
              <Form.Item name={['caps', h]} noStyle>
                <Select allowClear placeholder="按默认" style={{ width: 160 }} options={CHOICES} />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
