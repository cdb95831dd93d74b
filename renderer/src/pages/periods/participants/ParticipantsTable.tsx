import { CheckOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { ParticipantRow } from '@shared/api/appraisal-schemas';
import { dotted } from '../../../lib/dates';
import { rowKeys } from '../../../lib/row-keys';
import { VirtualTable } from '../../../components/VirtualTable';

interface Props {
  rows: ParticipantRow[];
  loading: boolean;
  height: number;
  editable: boolean;
  /** Last 工作纪实 date of the people listed by the coverage switch; absent when it is off. */
  lastDates?: Map<string, string | null>;
  onRecords: (p: ParticipantRow) => void;
  onUndetermined: (p: ParticipantRow) => void;
}

const text = (v: string | null) => v ?? '';
const ellipsis = { showTitle: true } as const;
const done = (yes: boolean) => (yes ? <CheckOutlined style={{ color: '#52c41a' }} aria-label="有" /> : null);

/** The 考核名单 (fixed when the period opened): virtual rows; ↑/↓ and Enter opens the person's 工作纪实. */
export function ParticipantsTable({ rows, loading, height, editable, lastDates, onRecords, onUndetermined }: Props) {
  const columns: TableColumnsType<ParticipantRow> = [
    { title: '序号', key: 'seq', width: 44, align: 'right', render: (_, __, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 72 },
    {
      title: '单位',
      dataIndex: 'unitLabel',
      width: 190,
      ellipsis,
      render: (label: string, p) => (
        <>
          {label}
          {p.movedTo && <Typography.Text type="warning"> 已调至{p.movedTo}</Typography.Text>}
        </>
      ),
    },
    { title: '职务', dataIndex: 'post', width: 130, ellipsis, render: text },
    { title: '编制类型', dataIndex: 'establishment', width: 100, ellipsis, render: text },
    { title: '纪实', dataIndex: 'records', width: 50, align: 'right', render: (n: number) => n || '' },
    ...(lastDates
      ? [
          {
            title: '最近纪实',
            key: 'last',
            width: 84,
            render: (_: unknown, p: ParticipantRow) => (lastDates.get(p.personId) ? dotted(lastDates.get(p.personId)!) : '无'),
          },
        ]
      : []),
    { title: '小结', dataIndex: 'hasSummary', width: 44, align: 'center', render: done },
    { title: '评鉴', dataIndex: 'hasReview', width: 44, align: 'center', render: done },
    {
      title: '不确定等次',
      dataIndex: 'undetermined',
      width: 200,
      ellipsis,
      render: (u: ParticipantRow['undetermined'], p) =>
        p.superior ? (
          <Tag color="blue" title="不需要评鉴，不占名额，不影响公示">
            由上级党组织考核
          </Tag>
        ) : (
          u && (
            <Tag color="orange" title={u.note ?? undefined}>
              {u.note ? `${u.reason}：${u.note}` : u.reason}
            </Tag>
          )
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onRecords(p)}>
            纪实
          </Button>
          <Button type="link" size="small" disabled={!editable} onClick={() => onUndetermined(p)}>
            不确定等次
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <VirtualTable<ParticipantRow>
      height={height}
      rowKey="personId"
      loading={loading}
      columns={columns}
      dataSource={rows}
      onRow={(p) => ({ tabIndex: 0, onDoubleClick: () => onRecords(p), onKeyDown: rowKeys(() => onRecords(p)) })}
    />
  );
}
