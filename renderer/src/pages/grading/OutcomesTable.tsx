import { Button, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState, type Key, type KeyboardEvent } from 'react';
import { GradeTag } from './GradeTag';
import { GRADE_NAMES } from './grade-style';
import { markersOf, RULE_LABELS, type Outcome, type Step } from './steps';
import { VirtualTable } from '../../components/VirtualTable';

interface Props {
  rows: Outcome[];
  unitLabels: Map<string, string>;
  loading: boolean;
  /** Height of the scrolling body in px. */
  height: number;
  /** 调整 is offered only while the period is in 评定. */
  onOverride: ((o: Outcome) => void) | null;
}

const gradeName = (g: Step['to']) => (g === null ? '未评' : GRADE_NAMES[g]);

/** Every step of one person's grading, in the order the rules ran. */
function StepList({ outcome }: { outcome: Outcome }) {
  if (outcome.steps.length === 0) return <span className="muted">没有主管领导评鉴（分数或拟评等次），无法评定等次。</span>;
  return (
    <ol data-testid="steps" style={{ margin: 0, paddingInlineStart: 20 }}>
      {outcome.steps.map((s, i) => (
        <li key={i}>
          <Tag style={{ fontSize: 11 }}>{RULE_LABELS[s.rule]}</Tag>
          {s.reason}
          {s.from !== null && s.from !== s.to && (
            <span className="muted">
              （{gradeName(s.from)} → {gradeName(s.to)}）
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * ↑/↓ to the neighbouring result row (an open row's steps sit between two rows, so not simply the
 * next sibling), Enter runs `onEnter`.
 */
function resultRowKeys(onEnter: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (e.key === 'Enter') onEnter();
    else if (step) {
      const rows = [...(e.currentTarget.closest('.ant-table')?.querySelectorAll<HTMLElement>('.ant-table-row') ?? [])];
      rows[rows.indexOf(e.currentTarget) + step]?.focus();
    } else return;
    e.preventDefault();
  };
}

/** The period's results: virtual rows; ↑/↓ move, Enter (or a click on ＋) shows how each grade came about. */
export function OutcomesTable({ rows, unitLabels, loading, height, onOverride }: Props) {
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const toggle = (id: string) => setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));

  const columns = useMemo<TableColumnsType<Outcome>>(
    () => [
      { title: '序号', key: 'seq', width: 44, align: 'right', render: (_, __, i) => i + 1 },
      { title: '姓名', dataIndex: 'name', width: 76 },
      { title: '单位', dataIndex: 'unitId', width: 170, ellipsis: { showTitle: true }, render: (id: string) => unitLabels.get(id) ?? '' },
      {
        title: '分数',
        dataIndex: 'score',
        width: 56,
        align: 'right',
        sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
        render: (s: number | null) => s ?? '',
      },
      {
        title: '等次',
        dataIndex: 'grade',
        width: 90,
        render: (g: Outcome['grade'], o) =>
          o.superior ? <Tag color="blue">上级考核</Tag> : <GradeTag grade={g} title={o.undeterminedReason ?? undefined} />,
      },
      {
        title: '依据',
        key: 'markers',
        width: 230,
        render: (_, o) =>
          markersOf(o).map((m) => (
            <Tag key={m.rule} color={m.color}>
              {m.label}
            </Tag>
          )),
      },
      ...(onOverride
        ? [
            {
              title: '操作',
              key: 'actions',
              width: 60,
              render: (_: unknown, o: Outcome) => (
                <Button type="link" size="small" onClick={() => onOverride(o)}>
                  调整
                </Button>
              ),
            },
          ]
        : []),
    ],
    [unitLabels, onOverride],
  );

  return (
    <VirtualTable<Outcome>
      height={height}
      extraWidth={48}
      rowKey="personId"
      loading={loading}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: '没有符合条件的人员' }}
      expandable={{
        expandedRowKeys: expanded,
        onExpand: (_, o) => toggle(o.personId),
        expandedRowRender: (o) => <StepList outcome={o} />,
        columnWidth: 32,
      }}
      onRow={(o) => ({ tabIndex: 0, onKeyDown: resultRowKeys(() => toggle(o.personId)) })}
    />
  );
}
