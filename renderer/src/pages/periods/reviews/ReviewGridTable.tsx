import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import type { ReviewRow } from '@shared/api/appraisal-schemas';
import { DataGrid, type GridColumn } from '../../../components/grid/DataGrid';
import { CommentCell, GradeCell, ScoreCell } from './cells';
import { CheckCell } from './CheckCell';
import type { CheckInput, ReviewPatch, SaveState } from './useReviewGrid';

interface Props {
  rows: ReviewRow[];
  loading: boolean;
  editable: boolean;
  states: Record<string, SaveState>;
  onSave: (personId: string, patch: ReviewPatch) => void;
  /** The 分管领导's 审核 (second review step). */
  onCheck: (personId: string, input: CheckInput) => void;
}

/** 不确定等次 and 由上级党组织考核 rows: no score, grade or comment here. */
const notRated = (r: ReviewRow) => r.undetermined !== null || r.superior;
const notRatedText = (r: ReviewRow) =>
  r.superior ? '由上级党组织考核，不在本局评鉴' : `不确定等次（${r.undetermined}）：不评分、不提等次`;

function SaveMark({ state }: { state: SaveState | undefined }) {
  if (!state) return null;
  if (state.at === 'saving') return <LoadingOutlined aria-label="正在保存" />;
  if (state.at === 'saved') return <CheckOutlined style={{ color: '#52c41a' }} aria-label="已保存" />;
  return <ExclamationCircleOutlined style={{ color: '#ff4d4f' }} aria-label="未保存" title={state.message} />;
}

/** Who 评鉴s the row, as the 评鉴人 column and its filter name it. */
export const reviewerOf = (r: ReviewRow) => (r.superior ? '上级党组织' : (r.reviewerName ?? '未设置'));

const NO_REVIEWER = '没有找到评鉴人：请在“单位与职责”中登记科室负责人或分管领导。';

/** One row per participant; Enter goes across the cells and on to the next row, ↓/↑ between rows. */
export function ReviewGridTable({ rows, loading, editable, states, onSave, onCheck }: Props) {
  const secondStep = rows.some((r) => r.checkerName);
  const columns = useMemo<GridColumn<ReviewRow>[]>(
    () => [
      { key: 'seq', title: '序号', width: 40, align: 'right', sortable: false, render: (_, i) => i + 1 },
      { key: 'name', title: '姓名', width: 64, text: (r) => r.name },
      { key: 'post', title: '职务', width: 110, optional: true, text: (r) => r.post },
      {
        key: 'reviewer',
        title: '评鉴人',
        width: 70,
        text: reviewerOf,
        hover: (r) => (r.superior ? '由上级党组织考核' : r.reviewerName ? `${r.reviewerName}（${r.relation}）` : NO_REVIEWER),
        render: (r) =>
          r.superior ? (
            <span className="muted">上级党组织</span>
          ) : r.reviewerName ? (
            r.reviewerName
          ) : (
            <span className="flag-text">未设置</span>
          ),
      },
      { key: 'records', title: '纪实', width: 44, align: 'right', text: (r) => r.records || null, hover: () => '本期工作纪实条数' },
      {
        key: 'summary',
        title: '小结',
        width: 40,
        align: 'center',
        text: (r) => (r.hasSummary ? '有' : ''),
        render: (r) => (r.hasSummary ? <CheckOutlined style={{ color: '#52c41a' }} aria-label="有个人小结" /> : null),
      },
      {
        key: 'score',
        title: '分数',
        width: 64,
        text: (r) => r.score,
        render: (r) =>
          notRated(r) ? (
            <span className="muted">不评</span>
          ) : (
            <ScoreCell value={r.score} disabled={!editable} onSave={(score) => onSave(r.personId, { score })} />
          ),
      },
      {
        key: 'proposed',
        title: '拟评等次',
        width: 84,
        text: (r) => r.proposed,
        render: (r) =>
          !notRated(r) && <GradeCell value={r.proposed} disabled={!editable} onSave={(proposed) => onSave(r.personId, { proposed })} />,
      },
      {
        key: 'comment',
        title: '评鉴意见',
        width: 200,
        grow: true,
        sortable: false,
        hover: (r) => (notRated(r) ? notRatedText(r) : (r.comment ?? undefined)),
        render: (r) =>
          notRated(r) ? (
            <span className="muted">{notRatedText(r)}</span>
          ) : (
            <CommentCell value={r.comment} disabled={!editable} onSave={(comment) => onSave(r.personId, { comment })} />
          ),
      },
      ...(secondStep
        ? [
            {
              key: 'check',
              title: '分管领导审核',
              width: 150,
              sortable: false,
              render: (r: ReviewRow) => <CheckCell row={r} editable={editable} onCheck={(input) => onCheck(r.personId, input)} />,
            },
          ]
        : []),
      { key: 'state', title: '', width: 28, align: 'center', sortable: false, render: (r) => <SaveMark state={states[r.personId]} /> },
    ],
    [editable, states, onSave, onCheck, secondStep],
  );
  return (
    <DataGrid<ReviewRow>
      storageKey="reviews"
      ariaLabel="主管领导评鉴"
      testId="review-grid"
      editableCells
      rowKey={(r) => r.personId}
      loading={loading}
      columns={columns}
      rows={rows}
      emptyText="这个单位没有参加本期考核的人员"
    />
  );
}
