import { CheckOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import type { ParticipantRow } from '@shared/api/appraisal-schemas';
import type { GradeOrUndetermined } from '@shared/grading/types';
import { DataGrid, type GridColumn } from '../../../components/grid/DataGrid';
import { RowButton } from '../../../components/RowButton';
import { dotted } from '../../../lib/dates';
import { GRADE_NAMES, GRADE_TAG_COLORS } from '../../grading/grade-style';

interface Props {
  rows: ParticipantRow[];
  loading: boolean;
  editable: boolean;
  /** Last 工作纪实 date of the people listed by the coverage switch; absent when it is off. */
  lastDates?: Map<string, string | null>;
  /** Each person's 等次 once the period is graded (公示, 已归档). */
  grades?: Map<string, GradeOrUndetermined | null>;
  onRecords: (p: ParticipantRow) => void;
  onUndetermined: (p: ParticipantRow) => void;
}

const done = (yes: boolean, what: string) => (yes ? <CheckOutlined style={{ color: '#52c41a' }} aria-label={`有${what}`} /> : null);
const undeterminedText = (p: ParticipantRow) =>
  p.superior
    ? '由上级党组织考核'
    : p.undetermined
      ? p.undetermined.note
        ? `${p.undetermined.reason}：${p.undetermined.note}`
        : p.undetermined.reason
      : '';

/** The 考核名单 (fixed when the period opened) in a DataGrid; Enter or a double click opens the person's 工作纪实. */
export function ParticipantsTable({ rows, loading, editable, lastDates, grades, onRecords, onUndetermined }: Props) {
  const columns = useMemo<GridColumn<ParticipantRow>[]>(
    () => [
      { key: 'seq', title: '序号', width: 40, align: 'right', pinned: true, sortable: false, render: (_, i) => i + 1 },
      { key: 'name', title: '姓名', width: 64, pinned: true, text: (p) => p.name },
      {
        key: 'unit',
        title: '单位',
        width: 170,
        grow: true,
        text: (p) => p.unitLabel,
        hover: (p) => (p.movedTo ? `${p.unitLabel}，已调至${p.movedTo}` : p.unitLabel),
        render: (p) => (
          <>
            {p.unitLabel}
            {p.movedTo && <span className="flag-text"> 已调至{p.movedTo}</span>}
          </>
        ),
      },
      { key: 'post', title: '职务', width: 110, text: (p) => p.post },
      { key: 'establishment', title: '编制类型', width: 80, optional: true, text: (p) => p.establishment },
      ...(grades
        ? [
            {
              key: 'grade',
              title: '等次',
              width: 84,
              text: (p: ParticipantRow) => {
                const g = grades.get(p.personId);
                return p.superior ? '上级考核' : g ? GRADE_NAMES[g] : '未评';
              },
              render: (p: ParticipantRow) => {
                const g = grades.get(p.personId);
                if (p.superior) return <span className="row-tag tag-purple">上级考核</span>;
                return g ? (
                  <span className={`row-tag tag-${GRADE_TAG_COLORS[g]}`}>{GRADE_NAMES[g]}</span>
                ) : (
                  <span className="muted">未评</span>
                );
              },
            },
          ]
        : []),
      { key: 'records', title: '纪实', width: 44, align: 'right', text: (p) => p.records || null },
      ...(lastDates
        ? [
            {
              key: 'last',
              title: '最近纪实',
              width: 80,
              text: (p: ParticipantRow) => (lastDates.get(p.personId) ? dotted(lastDates.get(p.personId)!) : '无'),
            },
          ]
        : []),
      {
        key: 'summary',
        title: '小结',
        width: 40,
        align: 'center',
        text: (p) => (p.hasSummary ? '有' : ''),
        render: (p) => done(p.hasSummary, '小结'),
      },
      {
        key: 'review',
        title: '评鉴',
        width: 40,
        align: 'center',
        text: (p) => (p.hasReview ? '有' : ''),
        render: (p) => done(p.hasReview, '评鉴'),
      },
      {
        key: 'undetermined',
        title: '不确定等次',
        width: 150,
        text: undeterminedText,
        hover: (p) => (p.superior ? '由上级党组织考核：不需要评鉴，不占名额，不影响公示' : undefined),
        render: (p) =>
          p.superior ? (
            <span className="row-tag tag-purple">{undeterminedText(p)}</span>
          ) : (
            p.undetermined && <span className="row-tag tag-orange">{undeterminedText(p)}</span>
          ),
      },
      {
        key: 'actions',
        title: '操作',
        width: 114,
        sortable: false,
        render: (p) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <RowButton onClick={() => onRecords(p)}>纪实</RowButton>
            <RowButton disabled={!editable} onClick={() => onUndetermined(p)}>
              不确定等次
            </RowButton>
          </span>
        ),
      },
    ],
    [editable, lastDates, grades, onRecords, onUndetermined],
  );
  return (
    <DataGrid<ParticipantRow>
      storageKey="participants"
      ariaLabel="考核名单"
      testId="participants"
      rowKey={(p) => p.personId}
      loading={loading}
      columns={columns}
      rows={rows}
      onOpen={onRecords}
      emptyText="没有符合条件的人员"
    />
  );
}
