import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { GRADE_KEYS, GRADE_NAMES } from '../grading/grade-style';
import { GradeTag } from '../grading/GradeTag';
import type { AnnualResult } from './AnnualHeader';
import { VirtualTable } from '../../components/VirtualTable';

export type AnnualRow = AnnualResult['rows'][number];

interface Props {
  result: AnnualResult;
  rows: AnnualRow[];
  loading: boolean;
  /** Height of the scrolling body in px. */
  height: number;
}

/** One row per person: each period's grade, the counts, 评优资格, 续聘建议 (编外聘用), 需要说明的情况. */
export function AnnualTable({ result, rows, loading, height }: Props) {
  const columns = useMemo<TableColumnsType<AnnualRow>>(
    () => [
      { title: '序号', key: 'seq', width: 44, align: 'right', render: (_, __, i) => i + 1 },
      { title: '姓名', dataIndex: 'name', width: 72 },
      { title: '单位', dataIndex: 'unitLabel', width: 130, ellipsis: { showTitle: true } },
      ...result.periods.map((p, i) => ({
        title: (
          <span title={p.label}>
            {p.label.replace(`${result.year}年`, '')}
            {!p.published && <Typography.Text type="warning">（未公示）</Typography.Text>}
          </span>
        ),
        key: p.id,
        width: p.published ? 76 : 118,
        render: (_: unknown, r: AnnualRow) =>
          r.grades[i] === null ? (
            <span className="muted" title="本期未参加或未评定">
              —
            </span>
          ) : (
            <GradeTag grade={r.grades[i]} />
          ),
      })),
      ...GRADE_KEYS.map((g) => ({
        title: g === 'undetermined' ? '不确定' : GRADE_NAMES[g],
        key: g,
        width: g === 'undetermined' ? 52 : 44,
        align: 'right' as const,
        render: (_: unknown, r: AnnualRow) => r.counts[g] || '',
      })),
      {
        title: '评优资格',
        key: 'eligible',
        width: 64,
        align: 'center',
        render: (_, r) => (
          <Tooltip title={r.eligibility}>
            {r.eligible ? (
              <CheckOutlined style={{ color: '#52c41a' }} aria-label="符合" />
            ) : (
              <CloseOutlined className="muted" aria-label="不符合" />
            )}
          </Tooltip>
        ),
      },
      {
        title: '续聘建议',
        key: 'renewal',
        width: 86,
        render: (_, r) =>
          r.renewal && (
            <Tooltip title={r.renewal.reason}>
              <Tag color={r.renewal.recommended ? 'green' : 'red'}>{r.renewal.recommended ? '建议续聘' : '不建议续聘'}</Tag>
            </Tooltip>
          ),
      },
      {
        title: '需要说明的情况',
        dataIndex: 'note',
        width: 250,
        render: (note: string) => (
          <Typography.Text copyable={{ tooltips: ['复制', '已复制'] }} ellipsis={{ tooltip: note }} style={{ width: 226, fontSize: 12 }}>
            {note}
          </Typography.Text>
        ),
      },
    ],
    [result],
  );

  return (
    <VirtualTable<AnnualRow>
      height={height}
      rowKey="personId"
      loading={loading}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: '没有符合条件的人员' }}
    />
  );
}
