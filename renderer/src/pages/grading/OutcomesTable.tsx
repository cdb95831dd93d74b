import { useMemo } from 'react';
import { DataGrid, type GridColumn } from '../../components/grid/DataGrid';
import { RowButton } from '../../components/RowButton';
import { GRADE_NAMES, GRADE_TAG_COLORS } from './grade-style';
import { markersOf, type Outcome } from './steps';

interface Props {
  rows: Outcome[];
  unitLabels: Map<string, string>;
  loading: boolean;
  /** The row whose steps are shown below the list. */
  onActive: (o: Outcome) => void;
  /** 调整 is offered only while the period is in 评定. */
  onOverride: ((o: Outcome) => void) | null;
}

const GRADE_ORDER = ['good', 'fair', 'average', 'poor', 'undetermined'];
const gradeRank = (o: Outcome) => (o.superior ? 8 : o.grade === null ? 9 : GRADE_ORDER.indexOf(o.grade));

/** A grade as a row tag in its colour; no grade yet is a muted “未评”; 上级考核 for those the superior organisation appraises. */
function GradeCell({ o }: { o: Outcome }) {
  // Appraised by the superior party organisation: no grade here, and no blocking either.
  if (o.superior) return <span className="row-tag tag-purple">上级考核</span>;
  if (o.grade === null) return <span className="muted">未评</span>;
  return <span className={`row-tag tag-${GRADE_TAG_COLORS[o.grade]}`}>{GRADE_NAMES[o.grade]}</span>;
}

/** The period's results in one virtual list; ↑/↓ move and the steps of the row on show appear below. */
export function OutcomesTable({ rows, unitLabels, loading, onActive, onOverride }: Props) {
  const columns = useMemo<GridColumn<Outcome>[]>(
    () => [
      { key: 'seq', title: '序号', width: 40, align: 'right', pinned: true, sortable: false, render: (_, i) => i + 1 },
      { key: 'name', title: '姓名', width: 64, pinned: true, text: (o) => o.name },
      { key: 'unit', title: '单位', width: 150, grow: true, text: (o) => unitLabels.get(o.unitId) ?? '' },
      { key: 'score', title: '分数', width: 50, align: 'right', text: (o) => o.score },
      {
        key: 'grade',
        title: '等次',
        width: 84,
        text: (o) => (o.superior ? '上级考核' : o.grade === null ? '未评' : GRADE_NAMES[o.grade]),
        hover: (o) => (o.superior ? '由上级党组织考核' : (o.undeterminedReason ?? undefined)),
        compare: (a, b) => gradeRank(a) - gradeRank(b),
        render: (o) => <GradeCell o={o} />,
      },
      {
        key: 'markers',
        title: '依据',
        width: 190,
        text: (o) =>
          markersOf(o)
            .map((m) => m.label)
            .join(' '),
        render: (o) =>
          markersOf(o).map((m) => (
            <span key={m.rule} className={`row-tag tag-${m.color}`}>
              {m.label}
            </span>
          )),
      },
      ...(onOverride
        ? [
            {
              key: 'actions',
              title: '操作',
              width: 50,
              sortable: false,
              render: (o: Outcome) => <RowButton onClick={() => onOverride(o)}>调整</RowButton>,
            },
          ]
        : []),
    ],
    [unitLabels, onOverride],
  );

  return (
    <DataGrid<Outcome>
      storageKey="outcomes"
      ariaLabel="评定结果"
      testId="outcomes"
      rowKey={(o) => o.personId}
      loading={loading}
      columns={columns}
      rows={rows}
      onActive={onActive}
      onOpen={onActive}
      emptyText="没有符合条件的人员"
    />
  );
}
