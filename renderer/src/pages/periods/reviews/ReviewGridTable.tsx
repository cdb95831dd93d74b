import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ReviewRow } from '@shared/api/appraisal-schemas';
import { CommentCell, GradeCell, ScoreCell } from './cells';
import { CheckCell } from './CheckCell';
import type { CheckInput, ReviewPatch, SaveState } from './useReviewGrid';

interface Props {
  rows: ReviewRow[];
  loading: boolean;
  height: number;
  editable: boolean;
  states: Record<string, SaveState>;
  onSave: (personId: string, patch: ReviewPatch) => void;
  /** The 分管领导's 审核 (second review step). */
  onCheck: (personId: string, input: CheckInput) => void;
}

const text = (v: string | null) => v ?? '';
const ellipsis = { showTitle: true } as const;
/** 不确定等次 and 由上级党组织考核 rows: one read-only cell over 分数, 拟评等次 and 评鉴意见. */
const notRated = (r: ReviewRow) => r.undetermined !== null || r.superior;
const spanWhenUndetermined = (first: boolean) => (r: ReviewRow) => ({ colSpan: notRated(r) ? (first ? 3 : 0) : 1 });

function SaveMark({ state }: { state: SaveState | undefined }) {
  if (!state) return null;
  if (state.at === 'saving') return <LoadingOutlined aria-label="正在保存" />;
  if (state.at === 'saved') return <CheckOutlined style={{ color: '#52c41a' }} aria-label="已保存" />;
  return (
    <Tooltip title={state.message}>
      <ExclamationCircleOutlined style={{ color: '#ff4d4f' }} aria-label="未保存" />
    </Tooltip>
  );
}

function Reviewer({ row }: { row: ReviewRow }) {
  if (row.superior) return <Typography.Text type="secondary">上级党组织</Typography.Text>;
  if (!row.reviewerName) {
    return (
      <Tooltip title="没有找到评鉴人：请在“单位与职责”中登记科室负责人或分管领导。">
        <Typography.Text type="warning">未设置</Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={row.relation}>
      <span>{row.reviewerName}</span>
    </Tooltip>
  );
}

/** One row per participant of the unit; Tab/Enter across the cells, ↓/↑ between rows. */
export function ReviewGridTable({ rows, loading, height, editable, states, onSave, onCheck }: Props) {
  const secondStep = rows.some((r) => r.checkerName);
  const columns: TableColumnsType<ReviewRow> = [
    { title: '序号', key: 'seq', width: 44, align: 'right', render: (_, __, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 72 },
    { title: '职务', dataIndex: 'post', width: 130, ellipsis, render: text },
    { title: '评鉴人', key: 'reviewer', width: 72, render: (_, r) => <Reviewer row={r} /> },
    { title: '纪实', dataIndex: 'records', width: 48, align: 'right', render: (n: number) => n || '' },
    {
      title: '小结',
      dataIndex: 'hasSummary',
      width: 44,
      align: 'center',
      render: (yes: boolean) => (yes ? <CheckOutlined style={{ color: '#52c41a' }} /> : null),
    },
    {
      title: '分数',
      key: 'score',
      width: 76,
      onCell: spanWhenUndetermined(true),
      render: (_, r) =>
        r.superior ? (
          <Typography.Text type="secondary">由上级党组织考核，不在本局评鉴</Typography.Text>
        ) : r.undetermined ? (
          <Typography.Text type="secondary">不确定等次（{r.undetermined}）：不评分、不提等次</Typography.Text>
        ) : (
          <ScoreCell value={r.score} disabled={!editable} onSave={(score) => onSave(r.personId, { score })} />
        ),
    },
    {
      title: '拟评等次',
      key: 'proposed',
      width: 96,
      onCell: spanWhenUndetermined(false),
      render: (_, r) =>
        !notRated(r) && <GradeCell value={r.proposed} disabled={!editable} onSave={(proposed) => onSave(r.personId, { proposed })} />,
    },
    {
      title: '评鉴意见',
      key: 'comment',
      onCell: spanWhenUndetermined(false),
      render: (_, r) =>
        !notRated(r) && <CommentCell value={r.comment} disabled={!editable} onSave={(comment) => onSave(r.personId, { comment })} />,
    },
    ...(secondStep
      ? [
          {
            title: '分管领导审核',
            key: 'check',
            width: 150,
            render: (_: unknown, r: ReviewRow) => <CheckCell row={r} editable={editable} onCheck={(input) => onCheck(r.personId, input)} />,
          },
        ]
      : []),
    { title: '', key: 'state', width: 30, align: 'center', render: (_, r) => <SaveMark state={states[r.personId]} /> },
  ];
  return (
    <div data-grid data-testid="review-grid">
      <Table<ReviewRow>
        className="dense-table"
        size="small"
        rowKey="personId"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ y: height }}
        locale={{ emptyText: '这个单位没有参加本期考核的人员' }}
      />
    </div>
  );
}
